// Username validation rule from the form: the default is replaced by the request value when one is given.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.post('/validate', async (ctx) => {
  const rule = ctx.request.body.rule;
  let chosen = '[a-z_0-9]+';
  if (rule) {
    chosen = rule;
  }
  // expect: CWE-1333
  const ok = RegExp('^(' + chosen + ')$').test('alice_smith_2024');
  ctx.body = { ok };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
