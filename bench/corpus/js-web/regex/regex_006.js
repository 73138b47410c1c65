// Product filter by substring, the regex is a constant.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];

router.get('/products/filter', async (ctx) => {
  const pattern = ctx.query.pattern;
  // ok: CWE-1333
  const words = new RegExp('\\s+');
  const hits = PRODUCTS.filter((name) => name.split(words).includes(String(pattern)));
  ctx.body = hits;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
