// Download: the resolved path must stay inside the uploads folder.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const fs = require('fs');
const path = require('path');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const UPLOADS = path.resolve('/srv/app/uploads');

router.get('/files', async (ctx) => {
  const name = ctx.query.name;
  const target = path.resolve(UPLOADS, String(name));
  if (!target.startsWith(UPLOADS + path.sep)) {
    ctx.throw(403, 'forbidden');
  }
  // ok: CWE-22
  const data = fs.readFileSync(target, 'utf8');
  ctx.body = data;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
