// Password reset: the token comes from Math.random.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { saveResetToken } = require('./store');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.post('/password/forgot', async (ctx) => {
  const email = ctx.request.body.email;
  // expect: CWE-330
  const resetToken = Math.random().toString(36).slice(2);
  await saveResetToken(email, resetToken);
  ctx.body = { sent: true };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
