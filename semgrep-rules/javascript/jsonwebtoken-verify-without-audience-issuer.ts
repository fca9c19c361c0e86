import { verify, JwtPayload } from "jsonwebtoken";

const strict = { algorithms: ["RS256"] as const, issuer: "https://auth.example.com", audience: "orders" };
const partial = { algorithms: ["RS256"] as const, issuer: "https://auth.example.com" };

export function a(token: string) {
  // ruleid: jsonwebtoken-verify-without-audience-issuer
  return verify(token, process.env.JWT_SECRET!, { algorithms: ["HS256"] }) as JwtPayload;
}
export function b(token: string) {
  // ruleid: jsonwebtoken-verify-without-audience-issuer
  return verify(token, publicKey, partial);
}
export function c(token: string) {
  // ruleid: jsonwebtoken-verify-without-audience-issuer
  return verify(token, publicKey);
}
export function d(token: string) {
  // ok: jsonwebtoken-verify-without-audience-issuer
  return verify(token, publicKey, strict);
}
export function e(token: string) {
  // ok: jsonwebtoken-verify-without-audience-issuer
  return verify(token, publicKey, { algorithms: ["RS256"], audience: "orders", issuer: "https://auth.example.com" });
}
