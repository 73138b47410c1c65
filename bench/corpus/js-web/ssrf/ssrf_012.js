// Webhook tester: the default is replaced by the request value when one is given.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const got = require('got');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.post('/webhooks/test', async (ctx) => {
  const endpoint = ctx.request.body.endpoint;
  let chosen = 'https://hooks.example.com/ping';
  if (endpoint) {
    chosen = endpoint;
  }
  // expect: CWE-918
  const reply = await got.post(chosen, { json: { ping: true } }).json();
  ctx.body = reply;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
