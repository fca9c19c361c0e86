// middleware.ts: gatekeeping for /dashboard and /admin on the Edge runtime.
import { NextResponse, type NextRequest } from "next/server";
import { decodeJwt, decodeProtectedHeader, jwtVerify, importSPKI } from "jose";
import { jwtDecode } from "jwt-decode";

const PUBLIC_KEY_PEM = process.env.AUTH_PUBLIC_KEY!;

export async function middleware(request: NextRequest) {
  const token = request.cookies.get("session")?.value;
  if (!token) return NextResponse.redirect(new URL("/login", request.url));

  if (request.nextUrl.pathname.startsWith("/admin")) {
    // expect: jwt-signature-not-verified
    const claims = decodeJwt(token);
    if (claims.role !== "admin") return NextResponse.redirect(new URL("/403", request.url));
  }

  if (request.nextUrl.pathname.startsWith("/billing")) {
    const auth = request.headers.get("authorization") ?? "";
    // expect: jwt-signature-not-verified
    const { plan } = jwtDecode<{ plan: string }>(auth.replace("Bearer ", ""));
    if (plan !== "pro") return NextResponse.redirect(new URL("/upgrade", request.url));
  }

  const key = await importSPKI(PUBLIC_KEY_PEM, "RS256");
  // safe: jwt-claims-not-validated, jwt-signature-not-verified
  const { payload } = await jwtVerify(token, key, { issuer: "https://auth.example.com", audience: "dashboard", algorithms: ["RS256"] });
  const headers = new Headers(request.headers);
  headers.set("x-user-id", String(payload.sub));
  return NextResponse.next({ request: { headers } });
}

export async function selectKey(token: string) {
  // safe: jwt-signature-not-verified
  const { kid } = decodeProtectedHeader(token);
  return kid;
}

export function readExpiryForRefreshTimer(storedToken: string): number {
  // safe: jwt-signature-not-verified
  return jwtDecode<{ exp: number }>(storedToken).exp;
}

export async function verifyPartner(token: string) {
  const key = await importSPKI(process.env.PARTNER_KEY!, "ES256");
  // expect: jwt-claims-not-validated
  return jwtVerify(token, key, { algorithms: ["ES256"] });
}

export const config = { matcher: ["/dashboard/:path*", "/admin/:path*", "/billing/:path*"] };
