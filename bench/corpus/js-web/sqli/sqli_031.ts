// User lookup through sequelize.query: the request value travels in an object.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import { Sequelize, QueryTypes } from 'sequelize';

const app = Fastify({ logger: true });

const sequelize = new Sequelize(process.env.DATABASE_URL);

app.get('/users/by-email', async (request: FastifyRequest, reply: FastifyReply) => {
  const { email } = request.query as { email: string };
  const job = { target: email, attempts: 3 };
  // expect: CWE-89
  const users = await sequelize.query("SELECT id, email, role FROM users WHERE email = '" + job.target + "'", { type: QueryTypes.SELECT });
  return users;
});

await app.listen({ port: 3000 });
