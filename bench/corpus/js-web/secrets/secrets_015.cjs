// Payments client created with a key from the environment.
const express = require('express');
const Stripe = require('stripe');

const router = express.Router();

// ok: CWE-798
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

router.post('/checkout', async (req, res) => {
  const amount = req.body.amount;
  const intent = await stripe.paymentIntents.create({ amount: Number(amount), currency: 'eur' });
  res.json({ clientSecret: intent.client_secret });
});

module.exports = router;
