// Quiz questions shuffled for display.
import { NextApiRequest, NextApiResponse } from 'next';

const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5'];

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const order = [...QUESTIONS];
  for (let i = order.length - 1; i > 0; i--) {
    // ok: CWE-330
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  res.status(200).json(order);
}
