// Upstream API key read from a mounted secret file.
const express = require('express');
const axios = require('axios');
const fs = require('fs');

const app = express();
app.use(express.json());

// ok: CWE-798
const WEATHER_API_KEY = fs.readFileSync('/run/secrets/weather_api_key', 'utf8').trim();

app.get('/weather', async (req, res) => {
  const city = req.query.city;
  const { data } = await axios.get('https://api.weather.example.com/v1/current', { params: { q: city, key: WEATHER_API_KEY } });
  res.json(data);
});

app.listen(3000);
