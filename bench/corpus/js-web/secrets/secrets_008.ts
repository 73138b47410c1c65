// Upstream API called with a key constant.
import { NextRequest, NextResponse } from 'next/server';
import axios from 'axios';

// expect: CWE-798
const WEATHER_API_KEY = '6f1c9e2a7b3d4f5e8a9b0c1d2e3f4a5b';

export async function GET(request: NextRequest) {
  const city = request.nextUrl.searchParams.get('city') ?? '';
  const { data } = await axios.get('https://api.weather.example.com/v1/current', { params: { q: city, key: WEATHER_API_KEY } });
  return NextResponse.json(data);
}
