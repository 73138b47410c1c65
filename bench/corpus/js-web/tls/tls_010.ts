// Keep-alive agent for a metrics backend with verification on.
import { NextRequest, NextResponse } from 'next/server';
import { Agent } from 'node:https';

// ok: CWE-295
const metricsAgent = new Agent({ keepAlive: true, maxSockets: 10 });

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const points = payload.points;
  await fetch('https://metrics.internal/write', { method: 'POST', body: JSON.stringify(points), agent: metricsAgent });
  return NextResponse.json({ ok: true });
}
