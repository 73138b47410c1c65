// Session ids made from Math.random and the clock.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

function createSessionId() {
  // expect: CWE-330
  return Math.random().toString(16).substring(2) + Date.now().toString(16);
}

app.post('/session', async (request, reply) => {
  const sid = createSessionId();
  return { sid };
});

await app.listen({ port: 3000 });
