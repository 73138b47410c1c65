// User lookup through sequelize.query: the request value is only logged; the sink uses a constant.
import { NextRequest, NextResponse } from 'next/server';
import { Sequelize, QueryTypes } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL);

export async function GET(request: NextRequest) {
  const email = request.nextUrl.searchParams.get('email') ?? '';
  console.log('request for', email);
  const fixed = 'admin@example.com';
  // ok: CWE-89
  const users = await sequelize.query("SELECT id, email, role FROM users WHERE email = '" + fixed + "'", { type: QueryTypes.SELECT });
  return NextResponse.json(users);
}
