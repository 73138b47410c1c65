// Mongo connection string from the environment.
import { NextApiRequest, NextApiResponse } from 'next';
import mongoose from 'mongoose';

// ok: CWE-798
await mongoose.connect(process.env.MONGO_URL);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  res.status(200).json({ db: mongoose.connection.readyState });
}
