// Upstream API key read from a mounted secret file.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const axios = require('axios');
const fs = require('fs');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

// ok: CWE-798
const WEATHER_API_KEY = fs.readFileSync('/run/secrets/weather_api_key', 'utf8').trim();

router.get('/weather', async (ctx) => {
  const city = ctx.query.city;
  const { data } = await axios.get('https://api.weather.example.com/v1/current', { params: { q: city, key: WEATHER_API_KEY } });
  ctx.body = data;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
