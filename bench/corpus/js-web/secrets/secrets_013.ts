// Mongo connection string from the environment.
import { NextRequest, NextResponse } from 'next/server';
import mongoose from 'mongoose';

// ok: CWE-798
await mongoose.connect(process.env.MONGO_URL);

export async function GET(request: NextRequest) {
  return NextResponse.json({ db: mongoose.connection.readyState });
}
