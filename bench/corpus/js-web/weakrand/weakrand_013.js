// Session ids made from Math.random and the clock.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

function createSessionId() {
  // expect: CWE-330
  return Math.random().toString(16).substring(2) + Date.now().toString(16);
}

router.post('/session', async (ctx) => {
  const sid = createSessionId();
  ctx.body = { sid };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
