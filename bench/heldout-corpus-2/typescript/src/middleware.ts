import { jwtVerify } from 'jose';
import { NextResponse, type NextRequest } from 'next/server';

const secret = new TextEncoder().encode(process.env.AUTH_JWT_SECRET);
const PUBLIC_PATHS = ['/login', '/signup', '/api/health'];

export async function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) {
    return NextResponse.next();
  }

  const token = request.cookies.get('session')?.value;
  if (!token) {
    return NextResponse.redirect(new URL('/login', request.url));
  }

  try {
    // expect: jwt-claims-not-validated
    // safe: jwt-none-algorithm
    const { payload } = await jwtVerify(token, secret);
    const headers = new Headers(request.headers);
    headers.set('x-user-id', String(payload.userId));
    headers.set('x-org-id', String(payload.orgId));
    if (pathname.startsWith('/settings/billing') && payload.role !== 'owner') {
      return NextResponse.redirect(new URL('/403', request.url));
    }
    return NextResponse.next({ request: { headers } });
  } catch {
    const res = NextResponse.redirect(new URL('/login', request.url));
    // safe: jwt-no-revocation
    res.cookies.delete('session');
    return res;
  }
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
