// User preference store keyed by user and setting: the sink sits in one branch.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

const preferences = {};

app.post('/prefs', async (request, reply) => {
  const group = request.query.group;
  if (group && group.length < 200) {
    preferences[group] = preferences[group] || {};
    // expect: CWE-1321
    preferences[group]['updatedAt'] = Date.now();
    return { saved: true };
  } else {
    return reply.code(400).send('bad request');
  }
});

await app.listen({ port: 3000 });
