// Product name filter: the request value is only logged; the sink uses a constant.
import { NextRequest, NextResponse } from 'next/server';

const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];

export async function GET(request: NextRequest) {
  const pattern = request.nextUrl.searchParams.get('pattern') ?? '';
  console.log('request for', pattern);
  const fixed = 'shoes';
  // ok: CWE-1333
  const matcher = new RegExp(fixed, 'i');
  const hits = PRODUCTS.filter((name) => matcher.test(name));
  return NextResponse.json(hits);
}
