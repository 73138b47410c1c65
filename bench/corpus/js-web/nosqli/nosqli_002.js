// Login against a mongoose model: the sink runs only for allow-listed values.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const User = require('./models/user');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const PERMITTED = new Set(['demo', 'guest']);

router.post('/login', async (ctx) => {
  const username = ctx.request.body.username;
  if (PERMITTED.has(username)) {
    // ok: CWE-943
    const user = await User.findOne({ username: username, active: true });
    ctx.body = { found: Boolean(user) };
  } else {
    ctx.throw(404, 'unknown');
  }
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
