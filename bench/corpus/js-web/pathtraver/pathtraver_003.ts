// Note storage on disk: the request value is only logged; the sink uses a constant.
import { NextRequest, NextResponse } from 'next/server';
import fs from 'node:fs';
import path from 'node:path';

const NOTES = path.resolve('data', 'notes');

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const title = payload.title;
  console.log('request for', title);
  const fixed = 'inbox';
  // ok: CWE-22
  await fs.promises.writeFile(path.join(NOTES, fixed + '.md'), '# new note\n');
  return NextResponse.json({ saved: true });
}
