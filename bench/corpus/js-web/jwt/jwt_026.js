// Bearer check verifying with the public key but accepting any algorithm.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const jwt = require('jsonwebtoken');
const fs = require('fs');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const PUBLIC_KEY = fs.readFileSync('keys/auth-public.pem');

router.get('/account', async (ctx) => {
  const authorization = ctx.get('Authorization');
  const token = String(authorization).replace('Bearer ', '');
  // expect: CWE-347
  const claims = jwt.verify(token, PUBLIC_KEY);
  ctx.body = { user: claims.sub };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
