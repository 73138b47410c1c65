// Koa CORS fixed to the storefront origin with credentials.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

// ok: CWE-942
app.use(cors({ origin: 'https://shop.example.com', credentials: true }));

router.get('/api/cart', async (ctx) => {
  ctx.body = { items: [] };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
