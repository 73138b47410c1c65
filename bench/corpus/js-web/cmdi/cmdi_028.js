// Network diagnostics endpoint: the default is replaced by the request value when one is given.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { exec } = require('child_process');
const { promisify } = require('util');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const run = promisify(exec);

router.get('/diagnostics/ping', async (ctx) => {
  const host = ctx.query.host;
  let chosen = '127.0.0.1';
  if (host) {
    chosen = host;
  }
  // expect: CWE-78
  const { stdout } = await run(`ping -c 2 ${chosen}`);
  ctx.body = { result: stdout };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
