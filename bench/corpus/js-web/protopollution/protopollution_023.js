// Per-language translation overrides: request value concatenated into the sink.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const translations = { en: { title: 'Shop' }, nl: { title: 'Winkel' } };

router.put('/i18n', async (ctx) => {
  const lang = ctx.request.body.lang;
  const bucket = translations[lang];
  // expect: CWE-1321
  bucket['title'] = 'Updated';
  ctx.body = { ok: true };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
