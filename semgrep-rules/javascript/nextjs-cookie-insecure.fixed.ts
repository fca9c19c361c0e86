import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { token, refreshToken } = await login(request);
  const cookieStore = await cookies();
  // ruleid: nextjs-cookie-insecure
  cookieStore.set('session', token);
  // ruleid: nextjs-cookie-insecure
  cookieStore.set('refresh_token', refreshToken, { httpOnly: true, path: '/' });
  // ruleid: nextjs-cookie-insecure
  cookies().set({ name: 'auth-token', value: token, secure: true, httpOnly: true, sameSite: 'lax' });
  // ok: nextjs-cookie-insecure
  cookieStore.set('session', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600 });
  // ok: nextjs-cookie-insecure
  cookieStore.set({ name: 'session', value: token, httpOnly: true, secure: true, sameSite: 'strict' });
  // ok: nextjs-cookie-insecure
  cookieStore.set('theme', 'dark');
  const response = NextResponse.json({ ok: true });
  // ruleid: nextjs-cookie-insecure
  response.cookies.set('accessToken', token, { sameSite: 'none' });
  // ok: nextjs-cookie-insecure
  response.cookies.set('accessToken', token, { httpOnly: true, secure: true, sameSite: 'none' });
  // ok: nextjs-cookie-insecure
  cache.set('token', token);
  return response;
}
