// app/api/auth/login/route.ts
import { cookies } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { verifyCredentials, createSessionToken } from '@/lib/auth';

const SESSION_COOKIE = 'session';

export async function POST(request: NextRequest) {
  const { email, password } = await request.json();
  const user = await verifyCredentials(email, password);
  if (!user) {
    return NextResponse.json({ error: 'Invalid credentials' }, { status: 401 });
  }

  const sessionToken = await createSessionToken(user.id);
  const cookieStore = await cookies();
  // expect: session-cookie-insecure
  cookieStore.set(SESSION_COOKIE, sessionToken);
  // expect: session-cookie-insecure
  cookieStore.set('refresh-token', sessionToken, { path: '/api/auth', maxAge: 60 * 60 * 24 * 14 });
  // safe: session-cookie-insecure
  cookieStore.set('last-login-email', email, { path: '/', maxAge: 60 * 60 * 24 * 30 });
  return NextResponse.json({ ok: true });
}

export async function PUT(request: NextRequest) {
  const { email, password } = await request.json();
  const user = await verifyCredentials(email, password);
  if (!user) {
    return NextResponse.json({ error: 'Invalid credentials' }, { status: 401 });
  }
  const sessionToken = await createSessionToken(user.id);
  // safe: session-cookie-insecure
  (await cookies()).set(SESSION_COOKIE, sessionToken, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 8,
  });
  const response = NextResponse.json({ ok: true });
  // safe: session-cookie-insecure
  response.cookies.set({ name: 'csrf-hint', value: crypto.randomUUID(), sameSite: 'strict' });
  return response;
}

export async function PATCH(request: NextRequest) {
  const token = await createSessionToken((await request.json()).userId);
  const response = NextResponse.json({ ok: true });
  // expect: session-cookie-insecure
  response.cookies.set({ name: 'auth_token', value: token, httpOnly: true, secure: false, sameSite: 'lax' });
  // expect: session-cookie-insecure
  response.cookies.set('session', token, { httpOnly: true, sameSite: 'none' });
  // safe: session-cookie-insecure
  response.cookies.set('session', token, { httpOnly: true, secure: true, sameSite: 'none', partitioned: true });
  return response;
}
