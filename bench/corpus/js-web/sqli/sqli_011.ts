// Posts by author through knex.raw: request value trimmed and lower-cased first.
import express, { Request, Response } from 'express';
import knex from 'knex';

const app = express();
app.use(express.json());

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

app.get('/posts', async (req: Request, res: Response) => {
  const author = req.query.author as string;
  const value = String(author).trim().toLowerCase();
  // expect: CWE-89
  const result = await db.raw(`SELECT title, slug FROM posts WHERE author = '${value}'`);
  res.json(result.rows);
});

app.listen(3000);
