// MySQL pool with the database password in the source.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const mysql = require('mysql2/promise');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

// expect: CWE-798
const pool = mysql.createPool({ host: 'db.internal', user: 'shop', password: 'Tr0ub4dor&3x', database: 'shop' });

router.get('/products', async (ctx) => {
  const [rows] = await pool.query('SELECT sku, title FROM products LIMIT 50');
  ctx.body = rows;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
