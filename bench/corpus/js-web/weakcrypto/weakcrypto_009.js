// Feed encrypted with ChaCha20-Poly1305.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const crypto = require('crypto');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const STREAM_KEY = Buffer.from(process.env.STREAM_KEY, 'hex');

router.get('/feed', async (ctx) => {
  const nonce = crypto.randomBytes(12);
  // ok: CWE-327
  const cipher = crypto.createCipheriv('chacha20-poly1305', STREAM_KEY, nonce, { authTagLength: 16 });
  const body = Buffer.concat([cipher.update('latest feed'), cipher.final()]);
  ctx.body = { nonce: nonce.toString('hex'), body: body.toString('base64') };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
