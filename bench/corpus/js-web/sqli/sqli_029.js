// Posts by author through knex.raw: knex.raw with bindings keep the value out of the SQL text.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const knex = require('knex');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

router.get('/posts', async (ctx) => {
  const author = ctx.query.author;
  // ok: CWE-89
  const result = await db.raw('SELECT title, slug FROM posts WHERE author = ?', [author]);
  ctx.body = result.rows;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
