// Order lookup with the MongoDB driver: mongo-sanitize strips operator keys.
const express = require('express');
const { MongoClient } = require('mongodb');
const sanitize = require('mongo-sanitize');

const app = express();
app.use(express.json());

const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');

app.post('/orders/find', async (req, res) => {
  const customerId = req.body.customerId;
  const clean = sanitize(customerId);
  // ok: CWE-943
  const found = await orders.find({ customerId: clean }).toArray();
  res.json(found);
});

app.listen(3000);
