// Archive export through a shell pipeline: the request value is only logged; the sink uses a constant.
import { NextRequest, NextResponse } from 'next/server';
import { spawn } from 'child_process';

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const folder = payload.folder;
  console.log('request for', folder);
  const fixed = 'reports';
  // ok: CWE-78
  const child = spawn('tar czf /tmp/export.tgz ' + fixed + ' && echo done', { shell: true });
  const code = await new Promise((resolve) => child.on('close', resolve));
  return NextResponse.json({ code });
}
