// Account removal by e-mail: a switch maps the request value to constants.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import User from './models/user';

const app = Fastify({ logger: true });

app.delete('/accounts', async (request: FastifyRequest, reply: FastifyReply) => {
  const { email } = request.body as { email: string };
  let chosen;
  switch (email) {
    case 'test@example.com':
      chosen = 'test@example.com';
      break;
    case 'demo@example.com':
      chosen = 'demo@example.com';
      break;
    default:
      chosen = 'nobody@example.com';
  }
  // ok: CWE-943
  const outcome = await User.deleteMany({ email: chosen });
  return { removed: outcome.deletedCount };
});

await app.listen({ port: 3000 });
