// Thumbnail generation: execFile passes the name as one argument, no shell.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { execFile } = require('child_process');
const { promisify } = require('util');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const execFileAsync = promisify(execFile);

router.get('/thumbnail', async (ctx) => {
  const file = ctx.query.file;
  // ok: CWE-78
  const { stdout } = await execFileAsync('convert', ['uploads/' + file, '-resize', '128x128', 'thumbs/out.png']);
  ctx.body = { stdout };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
