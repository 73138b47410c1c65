// Posts by author through knex.raw: the value is copied through an array.
import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const author = req.query.author;
  const values = ['editorial', author];
  const picked = values[1];
  // expect: CWE-89
  const result = await db.raw(`SELECT title, slug FROM posts WHERE author = '${picked}'`);
  res.status(200).json(result.rows);
}
