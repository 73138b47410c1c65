// A/B test bucket chosen at random.
import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  // ok: CWE-330
  const variant = Math.random() < 0.5 ? 'A' : 'B';
  return NextResponse.json({ variant });
}
