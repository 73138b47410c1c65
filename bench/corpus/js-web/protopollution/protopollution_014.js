// Feature flag toggle per section: the sink runs only for allow-listed values.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const flags = { search: {}, checkout: {}, beta: {} };
const PERMITTED = new Set(['search', 'checkout']);

router.post('/flags/enable', async (ctx) => {
  const section = ctx.request.body.section;
  if (PERMITTED.has(section)) {
    // ok: CWE-1321
    flags[section].enabled = true;
    ctx.body = flags;
  } else {
    ctx.throw(404, 'unknown');
  }
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
