// Service health probe: request value trimmed and lower-cased first.
import Fastify from 'fastify';
import axios from 'axios';

const app = Fastify({ logger: true });

app.get('/health/upstream', async (request, reply) => {
  const host = request.query.host;
  const value = String(host).trim().toLowerCase();
  // expect: CWE-918
  const { data } = await axios.get('http://' + value + ':8080/health', { timeout: 2000 });
  return data;
});

await app.listen({ port: 3000 });
