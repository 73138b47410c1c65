// Session token from a hand-rolled UUID built on Math.random.
import { NextRequest, NextResponse } from 'next/server';

function uuidv4() {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    // expect: CWE-330
    const r = (Math.random() * 16) | 0;
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}

export async function POST(request: NextRequest) {
  const sessionToken = uuidv4();
  return NextResponse.json({ sessionToken });
}
