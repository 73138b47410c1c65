// Feature flag toggle per section: the request value is only logged; the sink uses a constant.
import { NextRequest, NextResponse } from 'next/server';

const flags = { search: {}, checkout: {}, beta: {} };

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const section = payload.section;
  console.log('request for', section);
  const fixed = 'beta';
  // ok: CWE-1321
  flags[fixed].enabled = true;
  return NextResponse.json(flags);
}
