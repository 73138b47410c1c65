// Session token from a hand-rolled UUID built on Math.random.
const express = require('express');

const router = express.Router();

function uuidv4() {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    // expect: CWE-330
    const r = (Math.random() * 16) | 0;
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}

router.post('/login', (req, res) => {
  const sessionToken = uuidv4();
  res.json({ sessionToken });
});

module.exports = router;
