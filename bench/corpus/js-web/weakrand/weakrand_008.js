// Random avatar colour for new profiles.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const COLORS = ['#e57373', '#64b5f6', '#81c784', '#ffd54f'];

router.post('/profiles', async (ctx) => {
  const displayName = ctx.request.body.displayName;
  // ok: CWE-330
  const color = COLORS[Math.floor(Math.random() * COLORS.length)];
  ctx.body = { displayName, color };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
