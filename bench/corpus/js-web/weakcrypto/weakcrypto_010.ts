// Webhook signature with HMAC-SHA256.
import { NextRequest, NextResponse } from 'next/server';
import crypto from 'crypto';

const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET;

export async function POST(request: NextRequest) {
  const payload = await request.json();
  const event = payload.event;
  const payload = JSON.stringify(event);
  // ok: CWE-327
  const signature = crypto.createHmac('sha256', WEBHOOK_SECRET).update(payload).digest('hex');
  return NextResponse.json({ payload, signature });
}
