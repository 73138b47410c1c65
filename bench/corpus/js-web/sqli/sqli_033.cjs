// Posts by author through knex.raw: the request value is only logged; the sink uses a constant.
const express = require('express');
const knex = require('knex');

const router = express.Router();

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

router.get('/posts', async (req, res) => {
  const author = req.query.author;
  console.log('request for', author);
  const fixed = 'editorial';
  // ok: CWE-89
  const result = await db.raw(`SELECT title, slug FROM posts WHERE author = '${fixed}'`);
  res.json(result.rows);
});

module.exports = router;
