// User preference store keyed by user and setting: the default is replaced by the request value when one is given.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const preferences = {};

router.post('/prefs', async (ctx) => {
  const group = ctx.query.group;
  let chosen = 'display';
  if (group) {
    chosen = group;
  }
  preferences[chosen] = preferences[chosen] || {};
  // expect: CWE-1321
  preferences[chosen]['updatedAt'] = Date.now();
  ctx.body = { saved: true };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
