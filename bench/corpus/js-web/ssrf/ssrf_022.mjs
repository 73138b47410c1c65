// Webhook tester: the sink sits in one branch.
import Fastify from 'fastify';
import got from 'got';

const app = Fastify({ logger: true });

app.post('/webhooks/test', async (request, reply) => {
  const endpoint = request.body.endpoint;
  if (endpoint && endpoint.length < 200) {
    // expect: CWE-918
    const reply = await got.post(endpoint, { json: { ping: true } }).json();
    return reply;
  } else {
    return reply.code(400).send('bad request');
  }
});

await app.listen({ port: 3000 });
