// Login comparing a salted SHA-1 of the password.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { createHash } = require('crypto');
const { users } = require('./db');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.post('/login', async (ctx) => {
  const email = ctx.request.body.email;
  const password = ctx.request.body.password;
  const user = await users.findByEmail(email);
  // expect: CWE-328
  const digest = createHash('sha1').update(user.salt + password).digest('hex');
  ctx.body = { ok: digest === user.passwordHash };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
