import { jwtVerify, createRemoteJWKSet } from "jose";

const JWKS = createRemoteJWKSet(new URL("https://auth.example.com/.well-known/jwks.json"));
const strict = { issuer: "https://auth.example.com", audience: "orders" };
const loose = { algorithms: ["RS256"] };

export async function a(token: string) {
  // ruleid: jose-jwtverify-without-audience-issuer
  const { payload } = await jwtVerify(token, JWKS);
  return payload;
}
export async function b(token: string) {
  // ruleid: jose-jwtverify-without-audience-issuer
  return jwtVerify(token, JWKS, { issuer: "https://auth.example.com" });
}
export async function c(token: string) {
  // ruleid: jose-jwtverify-without-audience-issuer
  return jwtVerify(token, JWKS, loose);
}
export async function d(token: string) {
  // ok: jose-jwtverify-without-audience-issuer
  return jwtVerify(token, JWKS, { issuer: "https://auth.example.com", audience: "orders" });
}
export async function e(token: string) {
  // ok: jose-jwtverify-without-audience-issuer
  return jwtVerify(token, JWKS, strict);
}
