// Account removal by e-mail: anything but a string is refused.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const User = require('./models/user');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.delete('/accounts', async (ctx) => {
  const email = ctx.request.body.email;
  if (typeof email !== 'string') {
    throw new TypeError('email must be a string');
  }
  const clean = email;
  // ok: CWE-943
  const outcome = await User.deleteMany({ email: clean });
  ctx.body = { removed: outcome.deletedCount };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
