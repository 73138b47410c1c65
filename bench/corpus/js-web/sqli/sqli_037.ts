// User lookup through sequelize.query: only the constant element of the object reaches the sink.
import { NextRequest, NextResponse } from 'next/server';
import { Sequelize, QueryTypes } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL);

export async function GET(request: NextRequest) {
  const email = request.nextUrl.searchParams.get('email') ?? '';
  const job = { target: email, preset: 'admin@example.com' };
  // ok: CWE-89
  const users = await sequelize.query("SELECT id, email, role FROM users WHERE email = '" + job.preset + "'", { type: QueryTypes.SELECT });
  return NextResponse.json(users);
}
