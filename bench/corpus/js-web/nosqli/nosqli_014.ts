// Account removal by e-mail: the request value travels in an object.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import User from './models/user';

const app = Fastify({ logger: true });

app.delete('/accounts', async (request: FastifyRequest, reply: FastifyReply) => {
  const { email } = request.body as { email: string };
  const job = { target: email, attempts: 3 };
  // expect: CWE-943
  const outcome = await User.deleteMany({ email: job.target });
  return { removed: outcome.deletedCount };
});

await app.listen({ port: 3000 });
