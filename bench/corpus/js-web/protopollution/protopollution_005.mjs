// Per-language translation overrides: request value trimmed and lower-cased first.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

const translations = { en: { title: 'Shop' }, nl: { title: 'Winkel' } };

app.put('/i18n', async (request, reply) => {
  const lang = request.body.lang;
  const value = String(lang).trim().toLowerCase();
  const bucket = translations[value];
  // expect: CWE-1321
  bucket['title'] = 'Updated';
  return { ok: true };
});

await app.listen({ port: 3000 });
