// Partner API client trusting the partner CA.
import express, { Request, Response } from 'express';
import https from 'https';
import fs from 'fs';
import axios from 'axios';

const app = express();
app.use(express.json());

// ok: CWE-295
const agent = new https.Agent({ rejectUnauthorized: true, ca: fs.readFileSync('certs/partner-ca.pem') });

app.get('/partner/stock', async (req: Request, res: Response) => {
  const { data } = await axios.get('https://partner.example.net/stock', { httpsAgent: agent });
  res.json(data);
});

app.listen(3000);
