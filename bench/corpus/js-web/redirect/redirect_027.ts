// Login follow-up redirect: the constant condition selects the request value.
import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '';
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? '/dashboard' : next;
  // expect: CWE-601
  return NextResponse.redirect(new URL(chosen, request.url));
}
