// Link preview fetcher: the request value is only logged; the sink uses a constant.
import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const url = request.nextUrl.searchParams.get('url') ?? '';
  console.log('request for', url);
  const fixed = 'https://example.com/';
  // ok: CWE-918
  const response = await fetch(fixed);
  const html = await response.text();
  return NextResponse.json({ length: html.length });
}
