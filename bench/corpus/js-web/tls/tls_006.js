// Pinned certificate check on top of normal verification.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const https = require('https');
const tls = require('tls');
const axios = require('axios');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const PINNED = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01';
// ok: CWE-295
const agent = new https.Agent({
  rejectUnauthorized: true,
  checkServerIdentity(host, cert) {
    const err = tls.checkServerIdentity(host, cert);
    if (err) return err;
    if (cert.fingerprint !== PINNED) return new Error('certificate pin mismatch');
    return undefined;
  },
});

router.get('/payments/health', async (ctx) => {
  const { data } = await axios.get('https://payments.example.com/health', { httpsAgent: agent });
  ctx.body = data;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
