// Posts by author through knex.raw: only the constant element of the object reaches the sink.
const express = require('express');
const knex = require('knex');

const router = express.Router();

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

router.get('/posts', async (req, res) => {
  const author = req.query.author;
  const job = { target: author, preset: 'editorial' };
  // ok: CWE-89
  const result = await db.raw(`SELECT title, slug FROM posts WHERE author = '${job.preset}'`);
  res.json(result.rows);
});

module.exports = router;
