// Refresh endpoint trusting the decoded payload for the new token.
import { NextRequest, NextResponse } from 'next/server';
import jwt from 'jsonwebtoken';

const SIGNING_KEY = process.env.SIGNING_KEY;

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const refreshToken = payload.refreshToken;
  // expect: CWE-347
  const old = jwt.decode(refreshToken);
  const fresh = jwt.sign({ sub: old.sub, role: old.role }, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '15m' });
  return NextResponse.json({ token: fresh });
}
