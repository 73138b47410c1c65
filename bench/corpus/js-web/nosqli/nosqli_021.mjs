// Order lookup with the MongoDB driver: the request value is overwritten by a constant before use.
import express from 'express';
import { MongoClient } from 'mongodb';

const app = express();
app.use(express.json());

const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');

app.post('/orders/find', async (req, res) => {
  const customerId = req.body.customerId;
  let chosen = customerId;
  chosen = 'c-1001';
  // ok: CWE-943
  const found = await orders.find({ customerId: chosen }).toArray();
  res.json(found);
});

app.listen(3000);
