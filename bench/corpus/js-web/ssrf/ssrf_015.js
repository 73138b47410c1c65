// Service health probe: request value concatenated into the sink.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const axios = require('axios');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.get('/health/upstream', async (ctx) => {
  const host = ctx.query.host;
  // expect: CWE-918
  const { data } = await axios.get('http://' + host + ':8080/health', { timeout: 2000 });
  ctx.body = data;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
