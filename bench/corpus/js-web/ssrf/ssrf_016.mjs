// Service health probe: the sink runs only for allow-listed values.
import Fastify from 'fastify';
import axios from 'axios';

const app = Fastify({ logger: true });

const PERMITTED = new Set(['orders.internal', 'billing.internal']);

app.get('/health/upstream', async (request, reply) => {
  const host = request.query.host;
  if (PERMITTED.has(host)) {
    // ok: CWE-918
    const { data } = await axios.get('http://' + host + ':8080/health', { timeout: 2000 });
    return data;
  } else {
    return reply.code(404).send('unknown');
  }
});

await app.listen({ port: 3000 });
