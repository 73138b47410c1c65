// Verification flag held in a constant that is true.
const express = require('express');
const https = require('https');
const axios = require('axios');

const app = express();
app.use(express.json());

const VERIFY_CERTIFICATES = true;
// ok: CWE-295
const client = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: VERIFY_CERTIFICATES }) });

app.get('/crm/contacts', async (req, res) => {
  const { data } = await client.get('https://crm.internal/contacts');
  res.json(data);
});

app.listen(3000);
