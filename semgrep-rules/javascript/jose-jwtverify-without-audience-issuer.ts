import { jwtVerify, createRemoteJWKSet } from "jose";
import * as jose from "jose";

const secret = new TextEncoder().encode(process.env.JWT_SECRET);
const strict = { issuer: "https://auth.example.com", audience: "orders" };
const loose = { algorithms: ["HS256"] };

export async function a(token: string) {
  // ruleid: jose-jwtverify-without-audience-issuer
  const { payload } = await jwtVerify(token, secret);
  return payload;
}
export async function b(token: string) {
  // ruleid: jose-jwtverify-without-audience-issuer
  return jose.jwtVerify(token, new TextEncoder().encode(process.env.SESSION_SECRET), { issuer: "https://auth.example.com" });
}
export async function c(token: string) {
  // ruleid: jose-jwtverify-without-audience-issuer
  return jwtVerify(token, secret, loose);
}
export async function d(token: string) {
  // ok: jose-jwtverify-without-audience-issuer
  return jwtVerify(token, secret, { issuer: "https://auth.example.com", audience: "orders" });
}
export async function e(token: string) {
  // ok: jose-jwtverify-without-audience-issuer
  return jwtVerify(token, secret, strict);
}
const JWKS = createRemoteJWKSet(new URL("https://auth.example.com/.well-known/jwks.json"));
export async function f(token: string) {
  // an identity provider's key set: jose-jwtverify-idp-token-without-audience-issuer
  // ok: jose-jwtverify-without-audience-issuer
  return jwtVerify(token, JWKS);
}
const providerKeys = createRemoteJWKSet(new URL(process.env.OIDC_JWKS_URL!));
export async function g(token: string) {
  // ok: jose-jwtverify-without-audience-issuer
  return jwtVerify(token, providerKeys);
}
