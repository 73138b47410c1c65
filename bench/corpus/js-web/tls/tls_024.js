// Partner API client trusting the partner CA.
import https from 'https';
import fs from 'fs';
import axios from 'axios';

// ok: CWE-295
const agent = new https.Agent({ rejectUnauthorized: true, ca: fs.readFileSync('certs/partner-ca.pem') });

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const { data } = await axios.get('https://partner.example.net/stock', { httpsAgent: agent });
  res.status(200).json(data);
}
