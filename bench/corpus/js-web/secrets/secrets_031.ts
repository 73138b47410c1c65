// Login form handler: constants name the fields, they are not secrets.
import { NextRequest, NextResponse } from 'next/server';

// ok: CWE-798
const PASSWORD_FIELD = 'password';
const TOKEN_HEADER = 'x-auth-token';

export async function POST(request: NextRequest) {
  const supplied = request.body?.[PASSWORD_FIELD];
  return NextResponse.json({ hasPassword: Boolean(supplied), header: TOKEN_HEADER });
}
