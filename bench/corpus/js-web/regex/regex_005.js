// Log grep: request value concatenated into the sink.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const fs = require('fs');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.get('/logs/grep', async (ctx) => {
  const term = ctx.query.term;
  const log = fs.readFileSync('/var/log/app.log', 'utf8');
  // expect: CWE-1333
  const lines = log.match(new RegExp('^.*' + term + '.*$', 'gm')) || [];
  ctx.body = { count: lines.length };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
