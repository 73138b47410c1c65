// Upstream API called with a key constant.
const express = require('express');
const axios = require('axios');

const router = express.Router();

// expect: CWE-798
const WEATHER_API_KEY = '6f1c9e2a7b3d4f5e8a9b0c1d2e3f4a5b';

router.get('/weather', async (req, res) => {
  const city = req.query.city;
  const { data } = await axios.get('https://api.weather.example.com/v1/current', { params: { q: city, key: WEATHER_API_KEY } });
  res.json(data);
});

module.exports = router;
