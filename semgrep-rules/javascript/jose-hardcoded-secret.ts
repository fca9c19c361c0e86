import { SignJWT, jwtVerify } from "jose";

const FALLBACK = "dev-secret-do-not-use";
// ruleid: jose-hardcoded-secret
const secret = new TextEncoder().encode("my-super-secret");
// ruleid: jose-hardcoded-secret
const secret2 = new TextEncoder().encode(process.env.JWT_SECRET || "changeme");
// ruleid: jose-hardcoded-secret
const secret3 = new TextEncoder().encode(FALLBACK);
// ok: jose-hardcoded-secret
const good = new TextEncoder().encode(process.env.JWT_SECRET);
// ruleid: jose-hardcoded-secret
const staged = new TextEncoder().encode(process.env.NODE_ENV === "production" ? process.env.JWT_SECRET : "dev-secret");
// ok: jose-hardcoded-secret
const split = new TextEncoder().encode(process.env.NODE_ENV === "production" ? process.env.JWT_SECRET : process.env.DEV_JWT_SECRET);

export async function sign(sub: string) {
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("10m").sign(secret);
}
