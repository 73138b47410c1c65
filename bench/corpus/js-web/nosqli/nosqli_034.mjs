// Stock query with a $where expression: a switch maps the request value to constants.
import express from 'express';
import Product from './models/product';

const app = express();
app.use(express.json());

app.get('/stock', async (req, res) => {
  const category = req.query.category;
  let chosen;
  switch (category) {
    case 'books':
      chosen = 'books';
      break;
    case 'games':
      chosen = 'games';
      break;
    default:
      chosen = 'books';
  }
  // ok: CWE-943
  const items = await Product.find({ $where: "this.category == '" + chosen + "'" });
  res.json(items);
});

app.listen(3000);
