// Service that disables TLS verification for the whole process.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const axios = require('axios');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

// expect: CWE-295
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

router.get('/billing/status', async (ctx) => {
  const { data } = await axios.get('https://billing.internal/status');
  ctx.body = data;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
