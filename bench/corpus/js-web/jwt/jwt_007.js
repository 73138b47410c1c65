// Refresh endpoint verifying the refresh token before reissuing.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const jwt = require('jsonwebtoken');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const SIGNING_KEY = process.env.SIGNING_KEY;

router.post('/token/refresh', async (ctx) => {
  const refreshToken = ctx.request.body.refreshToken;
  // ok: CWE-347
  const old = jwt.verify(refreshToken, SIGNING_KEY, { algorithms: ['HS256'] });
  const fresh = jwt.sign({ sub: old.sub, role: old.role }, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '15m' });
  ctx.body = { token: fresh };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
