// Verification flag held in a constant that is false.
import { NextRequest, NextResponse } from 'next/server';
import https from 'https';
import axios from 'axios';

const VERIFY_CERTIFICATES = false;
// expect: CWE-295
const client = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: VERIFY_CERTIFICATES }) });

export async function GET(request: NextRequest) {
  const { data } = await client.get('https://crm.internal/contacts');
  return NextResponse.json(data);
}
