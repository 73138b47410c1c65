// Avatar import: the URL is checked to be https but any host passes.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import axios from 'axios';

const app = Fastify({ logger: true });

app.post('/avatar/import', async (request: FastifyRequest, reply: FastifyReply) => {
  const { imageUrl } = request.body as { imageUrl: string };
  if (!String(imageUrl).startsWith('https://')) {
    return reply.code(400).send('https only');
  }
  // expect: CWE-918
  const image = await axios.get(imageUrl, { responseType: 'arraybuffer' });
  return { bytes: image.data.length };
});

await app.listen({ port: 3000 });
