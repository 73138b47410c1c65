// Login issuing tokens signed with a key written in the source.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const jwt = require('jsonwebtoken');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

// expect: CWE-798
const JWT_SECRET = 'sup3r-s3cr3t-signing-key-2024';

router.post('/login', async (ctx) => {
  const userId = ctx.request.body.userId;
  const token = jwt.sign({ sub: userId }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
  ctx.body = { token };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
