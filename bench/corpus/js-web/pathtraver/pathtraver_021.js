// Monthly report reader: the default is replaced by the request value when one is given.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { readFile } = require('fs/promises');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const REPORTS = '/var/reports';

router.get('/reports/:month', async (ctx) => {
  const month = ctx.params.month;
  let chosen = '2024-01';
  if (month) {
    chosen = month;
  }
  // expect: CWE-22
  const csv = await readFile(REPORTS + '/' + chosen + '.csv', 'utf8');
  ctx.body = csv;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
