import { jwtVerify, createRemoteJWKSet } from "jose";

const JWKS = createRemoteJWKSet(new URL("https://auth.example.com/.well-known/jwks.json"));
const strict = { issuer: "https://auth.example.com", audience: "orders" };
const loose = { algorithms: ["RS256"] };

export async function a(token: string) {
  // ruleid: jose-jwtverify-idp-token-without-audience-issuer
  const { payload } = await jwtVerify(token, JWKS);
  return payload;
}
export async function b(token: string) {
  // ruleid: jose-jwtverify-idp-token-without-audience-issuer
  return jwtVerify(token, JWKS, { issuer: "https://auth.example.com" });
}
export async function c(token: string) {
  // ruleid: jose-jwtverify-idp-token-without-audience-issuer
  return jwtVerify(token, JWKS, loose);
}
export async function d(token: string) {
  // ok: jose-jwtverify-idp-token-without-audience-issuer
  return jwtVerify(token, JWKS, { issuer: "https://auth.example.com", audience: "orders" });
}
export async function e(token: string) {
  // ok: jose-jwtverify-idp-token-without-audience-issuer
  return jwtVerify(token, JWKS, strict);
}
const keySet = createRemoteJWKSet(new URL(process.env.OIDC_JWKS_URL!));
export async function f(token: string) {
  // ruleid: jose-jwtverify-idp-token-without-audience-issuer
  return jwtVerify(token, keySet);
}
const secret = new TextEncoder().encode(process.env.JWT_SECRET);
export async function g(token: string) {
  // the app's own secret: hardening, jose-jwtverify-without-audience-issuer
  // ok: jose-jwtverify-idp-token-without-audience-issuer
  return jwtVerify(token, secret, { algorithms: ["HS256"] });
}
