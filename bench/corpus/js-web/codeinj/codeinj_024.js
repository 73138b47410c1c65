// Pricing rules compiled from a formula: request value concatenated into the sink.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.post('/pricing/preview', async (ctx) => {
  const formula = ctx.request.body.formula;
  // expect: CWE-95
  const rule = new Function('price', 'qty', 'return ' + formula + ';');
  ctx.body = { total: rule(10, 3) };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
