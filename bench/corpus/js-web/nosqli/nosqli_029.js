// Order lookup with the MongoDB driver: the condition folds to a constant, so the request value is dead.
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const customerId = req.body.customerId;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'c-1001' : customerId;
  // ok: CWE-943
  const found = await orders.find({ customerId: chosen }).toArray();
  res.status(200).json(found);
}
