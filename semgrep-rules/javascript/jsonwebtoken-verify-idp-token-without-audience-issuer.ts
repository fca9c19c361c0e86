import { verify, JwtPayload } from "jsonwebtoken";
import fs from "fs";

const strict = { algorithms: ["RS256"] as const, issuer: "https://auth.example.com", audience: "orders" };
const partial = { algorithms: ["RS256"] as const, issuer: "https://auth.example.com" };
const idpPublicKey = fs.readFileSync("./keys/idp.pem", "utf8");

export function a(token: string) {
  // ok: jsonwebtoken-verify-idp-token-without-audience-issuer
  return verify(token, process.env.JWT_SECRET!, { algorithms: ["HS256"] }) as JwtPayload;
}
export function b(token: string) {
  // ruleid: jsonwebtoken-verify-idp-token-without-audience-issuer
  return verify(token, publicKey, partial);
}
export function c(token: string) {
  // ruleid: jsonwebtoken-verify-idp-token-without-audience-issuer
  return verify(token, publicKey);
}
export function d(token: string) {
  // ok: jsonwebtoken-verify-idp-token-without-audience-issuer
  return verify(token, publicKey, strict);
}
export function e(token: string) {
  // ok: jsonwebtoken-verify-idp-token-without-audience-issuer
  return verify(token, publicKey, { algorithms: ["RS256"], audience: "orders", issuer: "https://auth.example.com" });
}
export function f(token: string, cb: (e: unknown, p?: unknown) => void) {
  // ruleid: jsonwebtoken-verify-idp-token-without-audience-issuer
  verify(token, getSigningKeyFromJwks, { algorithms: ["RS256"] }, cb);
}
export function g(token: string) {
  // ruleid: jsonwebtoken-verify-idp-token-without-audience-issuer
  return verify(token, idpPublicKey, { algorithms: ["RS256"] });
}
export function h(token: string, user: { jwtSecret: string }) {
  // a token the app signed for itself with a per-user secret
  // ok: jsonwebtoken-verify-idp-token-without-audience-issuer
  return verify(token, user.jwtSecret, { algorithms: ["HS256"] });
}

const partnerKey = fs.readFileSync(process.env.PARTNER_KEY_PATH ?? "/etc/partner.key", "utf8");
export function i(token: string) {
  // ruleid: jsonwebtoken-verify-idp-token-without-audience-issuer
  return verify(token, partnerKey, { algorithms: ["RS256"] });
}
