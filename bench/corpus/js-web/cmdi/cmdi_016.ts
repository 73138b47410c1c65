// Word count of a document via sh -c: the constant condition selects the request value.
import { NextRequest, NextResponse } from 'next/server';
import { spawnSync } from 'child_process';

export async function GET(request: NextRequest) {
  const doc = request.nextUrl.searchParams.get('doc') ?? '';
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'README.md' : doc;
  // expect: CWE-78
  const result = spawnSync('sh', ['-c', 'wc -w docs/' + chosen], { encoding: 'utf8' });
  return NextResponse.json({ words: result.stdout.trim() });
}
