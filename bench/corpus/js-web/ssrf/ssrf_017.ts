// GitHub repositories of a user: fixed host, encoded path segment.
import { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const user = req.query.user as string;
  // ok: CWE-918
  const response = await fetch(`https://api.github.com/users/${encodeURIComponent(user)}/repos`);
  res.status(200).json(await response.json());
}
