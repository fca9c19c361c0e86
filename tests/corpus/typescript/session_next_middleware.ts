// middleware.ts: refreshes the access token cookie on every navigation
import { NextResponse, type NextRequest } from 'next/server';
import { refreshAccessToken, isExpired } from './lib/tokens';

const cookieDefaults = { path: '/', maxAge: 60 * 15 };
const hardenedCookie = { path: '/', maxAge: 60 * 15, httpOnly: true, secure: true, sameSite: 'lax' as const };

export async function middleware(request: NextRequest) {
  const response = NextResponse.next();
  const accessToken = request.cookies.get('access_token')?.value;
  const refreshToken = request.cookies.get('refresh_token')?.value;

  if (refreshToken && (!accessToken || isExpired(accessToken))) {
    const fresh = await refreshAccessToken(refreshToken);
    if (request.nextUrl.pathname.startsWith('/legacy')) {
      // expect: session-cookie-insecure
      response.cookies.set('access_token', fresh.accessToken, cookieDefaults);
    } else {
      // safe: session-cookie-insecure
      response.cookies.set('access_token', fresh.accessToken, hardenedCookie);
    }
    // safe: session-cookie-insecure
    response.cookies.set('token_refreshed_at', String(Date.now()), cookieDefaults);
  }
  // safe: session-cookie-insecure
  response.cookies.set('XSRF-TOKEN', crypto.randomUUID(), { path: '/', sameSite: 'strict' });
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
