// Password reset: both fields go into the query as sent.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import User from './models/user';

const app = Fastify({ logger: true });

app.post('/reset/confirm', async (request: FastifyRequest, reply: FastifyReply) => {
  const { email } = request.body as { email: string };
  const { resetToken } = request.body as { resetToken: string };
  // expect: CWE-943
  const account = await User.findOne({ email, resetToken });
  if (!account) {
    return reply.code(404).send('invalid token');
  }
  return { ok: true };
});

await app.listen({ port: 3000 });
