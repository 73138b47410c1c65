// Partner API client with certificate checks turned off.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const https = require('https');
const axios = require('axios');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

// expect: CWE-295
const agent = new https.Agent({ rejectUnauthorized: false });

router.get('/partner/stock', async (ctx) => {
  const { data } = await axios.get('https://partner.example.net/stock', { httpsAgent: agent });
  ctx.body = data;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
