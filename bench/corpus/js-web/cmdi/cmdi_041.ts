// Archive export through a shell pipeline: only the constant element of the object reaches the sink.
import { NextRequest, NextResponse } from 'next/server';
import { spawn } from 'child_process';

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const folder = payload.folder;
  const job = { target: folder, preset: 'reports' };
  // ok: CWE-78
  const child = spawn('tar czf /tmp/export.tgz ' + job.preset + ' && echo done', { shell: true });
  const code = await new Promise((resolve) => child.on('close', resolve));
  return NextResponse.json({ code });
}
