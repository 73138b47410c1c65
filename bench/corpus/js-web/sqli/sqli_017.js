// Order listing on PostgreSQL (pg): the default is replaced by the request value when one is given.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { Pool } = require('pg');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

router.get('/orders', async (ctx) => {
  const status = ctx.query.status;
  let chosen = 'shipped';
  if (status) {
    chosen = status;
  }
  // expect: CWE-89
  const result = await pool.query("SELECT * FROM orders WHERE status = '" + chosen + "' ORDER BY created_at DESC");
  ctx.body = result.rows;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
