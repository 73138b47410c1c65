// Retry with exponential backoff and random jitter.
const express = require('express');
const axios = require('axios');

const router = express.Router();

async function fetchWithRetry(url, attempts = 4) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await axios.get(url, { timeout: 3000 });
    } catch (err) {
      if (attempt + 1 >= attempts) throw err;
      // ok: CWE-330
      const delay = 200 * 2 ** attempt + Math.floor(Math.random() * 100);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

router.get('/rates', async (req, res) => {
  const { data } = await fetchWithRetry('https://rates.example.com/latest');
  res.json(data);
});

module.exports = router;
