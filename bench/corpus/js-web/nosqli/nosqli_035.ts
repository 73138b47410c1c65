// Login against a mongoose model: the request value is only logged; the sink uses a constant.
import { NextRequest, NextResponse } from 'next/server';
import User from './models/user';

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const username = payload.username;
  console.log('request for', username);
  const fixed = 'demo';
  // ok: CWE-943
  const user = await User.findOne({ username: fixed, active: true });
  return NextResponse.json({ found: Boolean(user) });
}
