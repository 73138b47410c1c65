// Stock query with a $where expression: the default is replaced by the request value when one is given.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const Product = require('./models/product');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.get('/stock', async (ctx) => {
  const category = ctx.query.category;
  let chosen = 'books';
  if (category) {
    chosen = category;
  }
  // expect: CWE-943
  const items = await Product.find({ $where: "this.category == '" + chosen + "'" });
  ctx.body = items;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
