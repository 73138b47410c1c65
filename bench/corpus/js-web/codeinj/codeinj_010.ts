// Report expressions evaluated in a vm context: a switch maps the request value to constants.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import vm from 'vm';

const app = Fastify({ logger: true });

app.get('/reports/metric', async (request: FastifyRequest, reply: FastifyReply) => {
  const { metric } = request.query as { metric: string };
  let chosen;
  switch (metric) {
    case 'sales - costs':
      chosen = 'sales - costs';
      break;
    case 'sales / costs':
      chosen = 'sales / costs';
      break;
    default:
      chosen = 'sales - costs';
  }
  // ok: CWE-95
  const value = vm.runInNewContext('Math.round(' + chosen + ')', { Math, sales: 1200, costs: 800 });
  return { value };
});

await app.listen({ port: 3000 });
