// Per-language translation overrides: the sink runs only for allow-listed values.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

const translations = { en: { title: 'Shop' }, nl: { title: 'Winkel' } };
const PERMITTED = new Set(['en', 'nl']);

app.put('/i18n', async (request, reply) => {
  const lang = request.body.lang;
  if (PERMITTED.has(lang)) {
    const bucket = translations[lang];
    // ok: CWE-1321
    bucket['title'] = 'Updated';
    return { ok: true };
  } else {
    return reply.code(404).send('unknown');
  }
});

await app.listen({ port: 3000 });
