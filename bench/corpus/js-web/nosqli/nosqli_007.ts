// Order lookup with the MongoDB driver: the constant condition selects the request value.
import { NextApiRequest, NextApiResponse } from 'next';
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const customerId = req.body.customerId as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'c-1001' : customerId;
  // expect: CWE-943
  const found = await orders.find({ customerId: chosen }).toArray();
  res.status(200).json(found);
}
