// Quiz questions shuffled for display.
const express = require('express');

const app = express();
app.use(express.json());

const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5'];

app.get('/quiz', (req, res) => {
  const order = [...QUESTIONS];
  for (let i = order.length - 1; i > 0; i--) {
    // ok: CWE-330
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  res.json(order);
});

app.listen(3000);
