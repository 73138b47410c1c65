// Feature flag toggle per section: the constant condition selects the request value.
import { NextRequest, NextResponse } from 'next/server';

const flags = { search: {}, checkout: {}, beta: {} };

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const section = payload.section;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'beta' : section;
  // expect: CWE-1321
  flags[chosen].enabled = true;
  return NextResponse.json(flags);
}
