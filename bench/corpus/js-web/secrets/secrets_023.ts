// Payments client created with a key from the environment.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import Stripe from 'stripe';

const app = Fastify({ logger: true });

// ok: CWE-798
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

app.post('/checkout', async (request: FastifyRequest, reply: FastifyReply) => {
  const { amount } = request.body as { amount: string };
  const intent = await stripe.paymentIntents.create({ amount: Number(amount), currency: 'eur' });
  return { clientSecret: intent.client_secret };
});

await app.listen({ port: 3000 });
