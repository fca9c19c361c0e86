import { UnsecuredJWT, SignJWT, jwtVerify } from "jose";
import * as jose from "jose";

export function issueDebugToken(sub: string) {
  // ruleid: jose-unsecured-jwt
  return new UnsecuredJWT({ sub }).setIssuedAt().setExpirationTime("10m").encode();
}

export function readDebugToken(token: string) {
  // ruleid: jose-unsecured-jwt
  return jose.UnsecuredJWT.decode(token).payload;
}

export async function issue(sub: string, key: CryptoKey) {
  // ok: jose-unsecured-jwt
  return new SignJWT({ sub }).setProtectedHeader({ alg: "ES256" }).setExpirationTime("10m").sign(key);
}

export async function read(token: string, key: CryptoKey) {
  // ok: jose-unsecured-jwt
  return (await jwtVerify(token, key, { issuer: "https://auth.example.com", audience: "api" })).payload;
}
