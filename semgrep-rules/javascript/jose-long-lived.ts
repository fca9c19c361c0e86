import { SignJWT } from "jose";

const key = new TextEncoder().encode(process.env.JWT_SECRET);
const TTL = "30d";

export async function a(sub: string) {
  // ruleid: jose-long-lived
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime("30d").sign(key);
}
export async function b(sub: string) {
  // ruleid: jose-long-lived
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(TTL).sign(key);
}
export async function c(sub: string) {
  // ruleid: jose-long-lived
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(Math.floor(Date.now() / 1000) + 60 * 60 * 24).sign(key);
}
export async function d(sub: string) {
  // ruleid: jose-long-lived
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().sign(key);
}
export async function e(sub: string) {
  // ruleid: jose-long-lived
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("2h").sign(key);
}
export async function f(sub: string) {
  // ok: jose-long-lived
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("15m").sign(key);
}
export async function g(sub: string) {
  // ok: jose-long-lived
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("900s").sign(key);
}
export async function h(sub: string) {
  // ok: jose-long-lived
  const refreshToken = await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("30d").sign(key);
  return refreshToken;
}
export async function i(sub: string) {
  return new SignJWT({ sub })
    .setProtectedHeader({ alg: "HS256" })
    // ruleid: jose-long-lived
    .setExpirationTime("8h")
    .sign(key);
}
export async function j(sub: string) {
  // ruleid: jose-long-lived
  const tokenTtl = parseInt(process.env.ACCESS_TTL ?? "", 10) ?? 7200;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt(now)
    .setExpirationTime(now + tokenTtl)
    .sign(key);
}
export async function k(sub: string) {
  // ok: jose-long-lived
  const tokenTtl = Number(process.env.ACCESS_TTL) || 600;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(now + tokenTtl).sign(key);
}
export async function l(sub: string) {
  // ok: jose-long-lived
  const retries = Number(process.env.SIGN_RETRIES) || 5000;
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("10m").sign(key);
}
export async function m(sub: string) {
  const expiry = Number(process.env.ACCESS_TTL) || 1800;
  return new SignJWT({ sub })
    .setProtectedHeader({ alg: "HS256" })
    // ok: jose-long-lived
    .setExpirationTime("10m")
    .sign(key);
}
export async function n(sub: string) {
  // ruleid: jose-long-lived
  const lifetime = Number(process.env.TOKEN_LIFETIME) || 1800;
  const iat = Math.floor(Date.now() / 1000);
  const exp = iat + lifetime;
  return new SignJWT({ sub })
    .setProtectedHeader({ alg: "HS256" })
    .setExpirationTime(exp)
    .setIssuedAt(iat)
    .sign(key);
}
