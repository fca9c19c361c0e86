import { verify, JwtPayload } from "jsonwebtoken";
import fs from "fs";

const strict = { algorithms: ["HS256"] as const, issuer: "https://api.example.com", audience: "orders" };
const partial = { algorithms: ["HS256"] as const, issuer: "https://api.example.com" };
const idpPublicKey = fs.readFileSync("./keys/idp.pem", "utf8");

export function a(token: string) {
  // ruleid: jsonwebtoken-verify-without-audience-issuer
  return verify(token, process.env.JWT_SECRET!, { algorithms: ["HS256"] }) as JwtPayload;
}
export function b(token: string) {
  // ruleid: jsonwebtoken-verify-without-audience-issuer
  return verify(token, appSecret, partial);
}
export function c(token: string, user: { jwtSecret: string }) {
  // a token the app signed for itself with a per-user secret
  // ruleid: jsonwebtoken-verify-without-audience-issuer
  return verify(token, user.jwtSecret);
}
export function d(token: string) {
  // ok: jsonwebtoken-verify-without-audience-issuer
  return verify(token, appSecret, strict);
}
export function e(token: string) {
  // an identity provider's key: the other rule reports it
  // ok: jsonwebtoken-verify-without-audience-issuer
  return verify(token, idpPublicKey, { algorithms: ["RS256"] });
}
export function f(token: string, cb: (e: unknown, p?: unknown) => void) {
  // ok: jsonwebtoken-verify-without-audience-issuer
  verify(token, getSigningKeyFromJwks, { algorithms: ["RS256"] }, cb);
}
