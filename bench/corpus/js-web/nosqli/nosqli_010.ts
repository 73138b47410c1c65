// Login against a mongoose model: the constant condition selects the request value.
import { NextRequest, NextResponse } from 'next/server';
import User from './models/user';

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const username = payload.username;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'demo' : username;
  // expect: CWE-943
  const user = await User.findOne({ username: chosen, active: true });
  return NextResponse.json({ found: Boolean(user) });
}
