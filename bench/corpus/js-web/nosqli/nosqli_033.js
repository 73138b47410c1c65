// Order lookup with the MongoDB driver: the default is replaced by the request value when one is given.
const express = require('express');
const { MongoClient } = require('mongodb');

const app = express();
app.use(express.json());

const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');

app.post('/orders/find', async (req, res) => {
  const customerId = req.body.customerId;
  let chosen = 'c-1001';
  if (customerId) {
    chosen = customerId;
  }
  // expect: CWE-943
  const found = await orders.find({ customerId: chosen }).toArray();
  res.json(found);
});

app.listen(3000);
