// Edge-compatible token helpers built on jose.
import { SignJWT, jwtVerify, decodeJwt, UnsecuredJWT, createRemoteJWKSet, type JWTPayload } from "jose";
import type { Request, Response, NextFunction } from "express";

// expect: jwt-weak-secret
const secret = new TextEncoder().encode(process.env.JWT_SECRET ?? "local-dev-secret");
// safe: jwt-weak-secret
const signingKey = new TextEncoder().encode(process.env.JWT_SIGNING_SECRET);
const JWKS = createRemoteJWKSet(new URL("https://id.example.com/.well-known/jwks.json"));

export async function issueSessionToken(userId: string): Promise<string> {
  // expect: jwt-long-lived
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime("30d").sign(secret);
}

export async function issueApiToken(userId: string, scopes: string[]): Promise<string> {
  // safe: jwt-long-lived, jwt-sensitive-payload
  return new SignJWT({ sub: userId, scope: scopes.join(" ") }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("10m").sign(signingKey);
}

export async function issueForeverToken(userId: string): Promise<string> {
  // expect: jwt-long-lived
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().sign(signingKey);
}

export async function issueDeviceToken(deviceId: string): Promise<string> {
  // expect: jwt-long-lived
  return new SignJWT({ sub: deviceId }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(Math.floor(Date.now() / 1000) + 7 * 24 * 3600).sign(signingKey);
}

export async function issueProfileToken(user: { id: string; email: string; ssn: string }): Promise<string> {
  // expect: jwt-sensitive-payload
  return new SignJWT({ sub: user.id, ssn: user.ssn }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(signingKey);
}

export async function verifyIdToken(token: string): Promise<JWTPayload> {
  // expect: jwt-claims-not-validated
  const { payload } = await jwtVerify(token, JWKS);
  return payload;
}

export async function verifyIdTokenStrict(token: string): Promise<JWTPayload> {
  // safe: jwt-claims-not-validated, jwt-none-algorithm
  const { payload } = await jwtVerify(token, JWKS, { issuer: "https://id.example.com", audience: "web-app" });
  return payload;
}

export function requireStaff(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice("Bearer ".length) ?? "";
  // expect: jwt-signature-not-verified
  const claims = decodeJwt(token);
  if (claims.role !== "staff") {
    res.sendStatus(403);
    return;
  }
  next();
}

export function acceptPreviewToken(req: Request) {
  // expect: jwt-none-algorithm
  const { payload } = UnsecuredJWT.decode(String(req.query.preview));
  return payload;
}

export function tokenExpiresSoon(token: string): boolean {
  // safe: jwt-signature-not-verified
  const { exp } = decodeJwt(token);
  return typeof exp === "number" && exp * 1000 - Date.now() < 60_000;
}
