import { cookies } from "next/headers";
import { NextResponse } from "next/server";

// ruleid: nextjs-logout-without-revocation
export async function POST() {
  cookies().delete("token");
  return NextResponse.json({ ok: true });
}

// ok: nextjs-logout-without-revocation
export async function DELETE() {
  const jti = cookies().get("jti")?.value;
  await denylist.add(jti);
  cookies().delete("token");
  return NextResponse.json({ ok: true });
}
