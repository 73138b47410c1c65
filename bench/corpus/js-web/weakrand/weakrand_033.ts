// SMS login code from crypto.randomInt.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import crypto from 'crypto';
import { sendSms } from './sms';

const app = Fastify({ logger: true });

app.post('/login/sms', async (request: FastifyRequest, reply: FastifyReply) => {
  const { phone } = request.body as { phone: string };
  // ok: CWE-330
  const otp = crypto.randomInt(100000, 1000000);
  await sendSms(phone, `Your code is ${otp}`);
  return { sent: true };
});

await app.listen({ port: 3000 });
