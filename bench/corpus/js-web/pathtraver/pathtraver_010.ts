// Note storage on disk: only the constant element of the object reaches the sink.
import { NextRequest, NextResponse } from 'next/server';
import fs from 'node:fs';
import path from 'node:path';

const NOTES = path.resolve('data', 'notes');

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const title = payload.title;
  const job = { target: title, preset: 'inbox' };
  // ok: CWE-22
  await fs.promises.writeFile(path.join(NOTES, job.preset + '.md'), '# new note\n');
  return NextResponse.json({ saved: true });
}
