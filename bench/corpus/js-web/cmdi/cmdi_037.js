// Network diagnostics endpoint: request value concatenated into the sink.
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
  // expect: CWE-78
  const { stdout } = await run(`ping -c 2 ${host}`);
  ctx.body = { result: stdout };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
