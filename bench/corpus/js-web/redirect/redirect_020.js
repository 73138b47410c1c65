// Tenant switcher: request value concatenated into the sink.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

router.get('/switch', async (ctx) => {
  const tenant = ctx.query.tenant;
  // expect: CWE-601
  ctx.redirect('https://' + tenant + '.example.com/home');
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
