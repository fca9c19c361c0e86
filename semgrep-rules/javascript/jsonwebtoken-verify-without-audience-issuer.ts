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
  // a token the app signed for itself with a per-user secret: no one else holds the key
  // ok: jsonwebtoken-verify-without-audience-issuer
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
export function g(token: string, secret: string) {
  // the caller passes the key in and decides it
  // ok: jsonwebtoken-verify-without-audience-issuer
  return verify(token, secret, { algorithms: ["HS256"] });
}
export function h(token: string) {
  // ok: jsonwebtoken-verify-without-audience-issuer
  const claims = verify(token, process.env.JWT_SECRET!, { algorithms: ["HS256"] }) as JwtPayload;
  if (claims.type !== "email-signin") throw new Error("wrong token kind");
  return claims;
}
export function i(token: string) {
  // ok: jsonwebtoken-verify-without-audience-issuer
  const claims = verify(token, process.env.JWT_SECRET!, { algorithms: ["HS256"] }) as JwtPayload;
  if (claims.purpose !== "download") throw new Error("wrong token kind");
  return claims;
}
export const j = (token: string) => {
  // ruleid: jsonwebtoken-verify-without-audience-issuer
  const claims = verify(token, settings.tokenSecret, { algorithms: ["HS256"] }) as JwtPayload;
  return claims.sub;
};
