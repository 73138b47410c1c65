// Payments client created with a live secret key in the source.
import Stripe from 'stripe';

// expect: CWE-798
const stripe = new Stripe('sk_live_51Hq8ZpLk3vT9wQ2mXr7YcB4nD6fJ1aS');

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const amount = req.body.amount;
  const intent = await stripe.paymentIntents.create({ amount: Number(amount), currency: 'eur' });
  res.status(200).json({ clientSecret: intent.client_secret });
}
