// Theme preference cookie: not a secret, readable by the page on purpose.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.post('/theme', async (ctx) => {
  const theme = ctx.request.body.theme;
  // ok: CWE-614
  ctx.cookies.set('theme', theme === 'dark' ? 'dark' : 'light', { maxAge: 365 * 24 * 3600 * 1000, sameSite: "lax" });
  ctx.body = { ok: true };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
