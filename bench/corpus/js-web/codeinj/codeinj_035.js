// Operators chosen from a lookup table of functions.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const OPERATIONS = {
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
};

router.get('/calc/:op', async (ctx) => {
  const op = ctx.params.op;
  if (!Object.hasOwn(OPERATIONS, op)) {
    ctx.throw(400, 'unknown operation');
  }
  // ok: CWE-95
  const result = OPERATIONS[op](6, 7);
  ctx.body = { result };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
