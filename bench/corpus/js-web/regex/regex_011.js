// Product name filter: the sink runs only for allow-listed values.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];
const PERMITTED = new Set(['shoes', 'bag']);

router.get('/products/filter', async (ctx) => {
  const pattern = ctx.query.pattern;
  if (PERMITTED.has(pattern)) {
    // ok: CWE-1333
    const matcher = new RegExp(pattern, 'i');
    const hits = PRODUCTS.filter((name) => matcher.test(name));
    ctx.body = hits;
  } else {
    ctx.throw(404, 'unknown');
  }
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
