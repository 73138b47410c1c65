// Preference store on a Map, which has no prototype keys to reach.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const preferences = new Map();

router.post('/prefs', async (ctx) => {
  const group = ctx.query.group;
  const entry = preferences.get(group) ?? {};
  // ok: CWE-1321
  entry['updatedAt'] = Date.now();
  preferences.set(group, entry);
  ctx.body = { saved: true };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
