// app/api/auth/logout/route.ts: clears the auth cookie.
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { jwtVerify } from "jose";
import { denylist } from "@/lib/denylist";

const key = new TextEncoder().encode(process.env.JWT_SECRET);

// expect: jwt-no-revocation
export async function POST() {
  cookies().delete("auth-token");
  return NextResponse.json({ ok: true });
}

// safe: jwt-no-revocation
export async function DELETE() {
  const token = cookies().get("auth-token")?.value;
  if (token) {
    const { payload } = await jwtVerify(token, key, { issuer: "next-app", audience: "next-web" });
    await denylist.add(payload.jti as string, payload.exp as number);
  }
  cookies().delete("auth-token");
  return NextResponse.json({ ok: true });
}
