// Pricing rules compiled from a formula: the default is replaced by the request value when one is given.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.post('/pricing/preview', async (ctx) => {
  const formula = ctx.request.body.formula;
  let chosen = 'price * qty';
  if (formula) {
    chosen = formula;
  }
  // expect: CWE-95
  const rule = new Function('price', 'qty', 'return ' + chosen + ';');
  ctx.body = { total: rule(10, 3) };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
