// Credentials allowed for one trusted origin.
const express = require('express');
const cors = require('cors');

const app = express();
app.use(express.json());

// ok: CWE-942
app.use(cors({ origin: ['https://app.example.com'], credentials: true }));

app.get('/api/me', (req, res) => {
  res.json({ id: 42, name: 'Ada' });
});

app.listen(3000);
