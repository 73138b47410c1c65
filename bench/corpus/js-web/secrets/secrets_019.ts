// Payments client created with a live secret key in the source.
import express, { Request, Response } from 'express';
import Stripe from 'stripe';

const app = express();
app.use(express.json());

// expect: CWE-798
const stripe = new Stripe('sk_live_51Hq8ZpLk3vT9wQ2mXr7YcB4nD6fJ1aS');

app.post('/checkout', async (req: Request, res: Response) => {
  const amount = req.body.amount as string;
  const intent = await stripe.paymentIntents.create({ amount: Number(amount), currency: 'eur' });
  res.json({ clientSecret: intent.client_secret });
});

app.listen(3000);
