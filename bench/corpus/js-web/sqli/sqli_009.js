// Posts by author through knex.raw: value built by a helper in the same file.
import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
function composeValue(input) {
  return `SELECT title, slug FROM posts WHERE author = '${input}'`;
}

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const author = req.query.author;
  // expect: CWE-89
  const result = await db.raw(composeValue(author));
  res.status(200).json(result.rows);
}
