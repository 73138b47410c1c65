// Settings import with a recursive merge of the JSON body.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';

const app = Fastify({ logger: true });

const settings = { theme: { color: "blue" } };

function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      // expect: CWE-1321
      target[key] = source[key];
    }
  }
  return target;
}

app.post('/settings/import', async (request: FastifyRequest, reply: FastifyReply) => {
  const { settings: incoming } = request.body as { settings: string };
  merge(settings, incoming);
  return settings;
});

await app.listen({ port: 3000 });
