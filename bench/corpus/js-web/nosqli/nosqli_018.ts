// Order lookup with the MongoDB driver: the value is converted to a number first.
import express, { Request, Response } from 'express';
import { MongoClient } from 'mongodb';

const app = express();
app.use(express.json());

const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');

app.post('/orders/find', async (req: Request, res: Response) => {
  const customerId = req.body.customerId as string;
  const n = Number.parseInt(customerId, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  // ok: CWE-943
  const found = await orders.find({ customerId: n }).toArray();
  res.json(found);
});

app.listen(3000);
