// Admin gate that decodes the token without verifying it.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const jwt = require('jsonwebtoken');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.get('/admin/stats', async (ctx) => {
  const token = ctx.cookies.get('token');
  // expect: CWE-347
  const claims = jwt.decode(token);
  if (!claims || claims.role !== 'admin') {
    ctx.throw(403, 'forbidden');
  }
  ctx.body = { users: 1200 };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
