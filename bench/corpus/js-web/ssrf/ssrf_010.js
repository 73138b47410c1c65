// Link preview fetcher: the sink runs only for allow-listed values.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const PERMITTED = new Set(['https://example.com/', 'https://example.org/']);

router.get('/preview', async (ctx) => {
  const url = ctx.query.url;
  if (PERMITTED.has(url)) {
    // ok: CWE-918
    const response = await fetch(url);
    const html = await response.text();
    ctx.body = { length: html.length };
  } else {
    ctx.throw(404, 'unknown');
  }
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
