// Cache key for a proxied URL from MD5 (not a security control).
import { NextRequest, NextResponse } from 'next/server';
import crypto from 'crypto';

const cache = new Map();

export async function GET(request: NextRequest) {
  const url = request.nextUrl.searchParams.get('url') ?? '';
  // ok: CWE-327
  const cacheKey = crypto.createHash('md5').update(String(url)).digest('hex');
  return NextResponse.json({ hit: cache.has(cacheKey) });
}
