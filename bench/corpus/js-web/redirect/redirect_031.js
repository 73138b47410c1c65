// Login follow-up redirect: the sink runs only for allow-listed values.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const PERMITTED = new Set(['/dashboard', '/settings']);

router.get('/login/done', async (ctx) => {
  const next = ctx.query.next;
  if (PERMITTED.has(next)) {
    // ok: CWE-601
    ctx.redirect(next);
  } else {
    ctx.throw(404, 'unknown');
  }
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
