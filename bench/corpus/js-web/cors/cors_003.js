// Any origin allowed together with credentials.
const express = require('express');
const cors = require('cors');

const app = express();
app.use(express.json());

// expect: CWE-942
app.use(cors({ origin: '*', credentials: true }));

app.get('/api/me', (req, res) => {
  res.json({ id: 42, name: 'Ada' });
});

app.listen(3000);
