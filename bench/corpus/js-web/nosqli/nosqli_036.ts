// Account removal by e-mail: only the constant element of the object reaches the sink.
import { NextRequest, NextResponse } from 'next/server';
import User from './models/user';

export async function DELETE(request: NextRequest) {
  const payload = await request.json();
  const email = payload.email;
  const job = { target: email, preset: 'nobody@example.com' };
  // ok: CWE-943
  const outcome = await User.deleteMany({ email: job.preset });
  return NextResponse.json({ removed: outcome.deletedCount });
}
