// Posts by author through knex.raw: the sink sits in one branch.
import express, { Request, Response } from 'express';
import knex from 'knex';

const app = express();
app.use(express.json());

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

app.get('/posts', async (req: Request, res: Response) => {
  const author = req.query.author as string;
  if (author && author.length < 200) {
    // expect: CWE-89
    const result = await db.raw(`SELECT title, slug FROM posts WHERE author = '${author}'`);
    res.json(result.rows);
  } else {
    return res.status(400).send('bad request');
  }
});

app.listen(3000);
