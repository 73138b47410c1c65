// Verification flag held in a constant that is false.
const express = require('express');
const https = require('https');
const axios = require('axios');

const router = express.Router();

const VERIFY_CERTIFICATES = false;
// expect: CWE-295
const client = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: VERIFY_CERTIFICATES }) });

router.get('/crm/contacts', async (req, res) => {
  const { data } = await client.get('https://crm.internal/contacts');
  res.json(data);
});

module.exports = router;
