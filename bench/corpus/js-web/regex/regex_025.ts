// Product name filter: the constant condition selects the request value.
import { NextRequest, NextResponse } from 'next/server';

const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];

export async function GET(request: NextRequest) {
  const pattern = request.nextUrl.searchParams.get('pattern') ?? '';
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'shoes' : pattern;
  // expect: CWE-1333
  const matcher = new RegExp(chosen, 'i');
  const hits = PRODUCTS.filter((name) => matcher.test(name));
  return NextResponse.json(hits);
}
