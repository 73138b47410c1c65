// Partner API client with certificate checks turned off.
const express = require('express');
const https = require('https');
const axios = require('axios');

const app = express();
app.use(express.json());

// expect: CWE-295
const agent = new https.Agent({ rejectUnauthorized: false });

app.get('/partner/stock', async (req, res) => {
  const { data } = await axios.get('https://partner.example.net/stock', { httpsAgent: agent });
  res.json(data);
});

app.listen(3000);
