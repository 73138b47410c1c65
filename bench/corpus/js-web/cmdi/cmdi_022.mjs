// Thumbnail generation with ImageMagick: the sink runs only for allow-listed values.
import Fastify from 'fastify';
import { execSync } from 'child_process';

const app = Fastify({ logger: true });

const PERMITTED = new Set(['avatar.png', 'banner.png']);

app.get('/thumbnail', async (request, reply) => {
  const file = request.query.file;
  if (PERMITTED.has(file)) {
    // ok: CWE-78
    const output = execSync('convert uploads/' + file + ' -resize 128x128 thumbs/out.png', { encoding: 'utf8' });
    return { output };
  } else {
    return reply.code(404).send('unknown');
  }
});

await app.listen({ port: 3000 });
