// Word count of a document via sh -c: the sink runs only for allow-listed values.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { spawnSync } = require('child_process');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const PERMITTED = new Set(['README.md', 'CHANGELOG.md']);

router.get('/docs/wc', async (ctx) => {
  const doc = ctx.query.doc;
  if (PERMITTED.has(doc)) {
    // ok: CWE-78
    const result = spawnSync('sh', ['-c', 'wc -w docs/' + doc], { encoding: 'utf8' });
    ctx.body = { words: result.stdout.trim() };
  } else {
    ctx.throw(404, 'unknown');
  }
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
