// Link preview fetcher: the constant condition selects the request value.
import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const url = request.nextUrl.searchParams.get('url') ?? '';
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'https://example.com/' : url;
  // expect: CWE-918
  const response = await fetch(chosen);
  const html = await response.text();
  return NextResponse.json({ length: html.length });
}
