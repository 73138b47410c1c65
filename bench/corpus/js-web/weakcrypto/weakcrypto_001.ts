// Remember-me cookie decrypted with createDecipher.
import { NextRequest, NextResponse } from 'next/server';
import crypto from 'crypto';

const REMEMBER_SECRET = process.env.REMEMBER_SECRET;

export async function GET(request: NextRequest) {
  const remember = request.cookies.get('remember')?.value ?? '';
  // expect: CWE-327
  const decipher = crypto.createDecipher('aes192', REMEMBER_SECRET);
  const userId = decipher.update(remember, 'hex', 'utf8') + decipher.final('utf8');
  return NextResponse.json({ userId });
}
