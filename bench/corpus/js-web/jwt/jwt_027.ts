// OIDC id token verified with jose against the provider keys.
import { NextRequest, NextResponse } from 'next/server';
import * as jose from 'jose';

const JWKS = jose.createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const idToken = payload.id_token;
  // ok: CWE-347
  const { payload } = await jose.jwtVerify(idToken, JWKS, { algorithms: ['RS256'], audience: 'shop-web' });
  return NextResponse.json({ email: payload.email });
}
