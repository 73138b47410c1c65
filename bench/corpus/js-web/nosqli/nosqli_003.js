// Order lookup with the MongoDB driver: request value concatenated into the sink.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { MongoClient } = require('mongodb');

const app = new Koa();
const router = new Router();
app.use(bodyParser());

const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');

router.post('/orders/find', async (ctx) => {
  const customerId = ctx.request.body.customerId;
  // expect: CWE-943
  const found = await orders.find({ customerId: customerId }).toArray();
  ctx.body = found;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
