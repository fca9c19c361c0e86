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
