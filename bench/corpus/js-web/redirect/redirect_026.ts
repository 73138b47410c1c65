// Login follow-up redirect: the request value is only logged; the sink uses a constant.
import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '';
  console.log('request for', next);
  const fixed = '/dashboard';
  // ok: CWE-601
  return NextResponse.redirect(new URL(fixed, request.url));
}
