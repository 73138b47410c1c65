// Registration storing an MD5 of the password.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const crypto = require('crypto');
const { users } = require('./db');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.post('/register', async (ctx) => {
  const email = ctx.request.body.email;
  const password = ctx.request.body.password;
  // expect: CWE-328
  const hash = crypto.createHash('md5').update(password).digest('hex');
  await users.insert({ email, hash });
  ctx.body = { ok: true };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
