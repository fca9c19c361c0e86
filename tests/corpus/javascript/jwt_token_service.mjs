// Token issuing/validation service (ESM default import of jsonwebtoken).
import jwt from "jsonwebtoken";
import fs from "node:fs";
import { getSigningKey } from "./jwks.mjs";

const PRIVATE_KEY = fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH);
const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH);
// expect: jwt-weak-secret
const LEGACY_SECRET = process.env.LEGACY_JWT_SECRET || "legacy-dev-secret";

const accessOptions = {
  algorithm: "RS256",
  // expect: jwt-long-lived
  expiresIn: 60 * 60 * 24,
  issuer: "https://auth.shop.example",
};

const verifyOptions = { algorithms: ["RS256"], issuer: "https://auth.shop.example", audience: "shop-api" };
const legacyVerifyOptions = { algorithms: ["HS256", "RS256"] };

export function issueAccessToken(user) {
  return jwt.sign({ sub: user.id, scope: user.scope }, PRIVATE_KEY, accessOptions);
}

export function issueServiceToken(service) {
  // expect: jwt-long-lived
  return jwt.sign({ sub: service.name, exp: Math.floor(Date.now() / 1000) + 60 * 60 * 12 }, PRIVATE_KEY, { algorithm: "RS256" });
}

export function issueShortServiceToken(service) {
  // safe: jwt-long-lived
  return jwt.sign({ sub: service.name, exp: Math.floor(Date.now() / 1000) + 5 * 60 }, PRIVATE_KEY, { algorithm: "RS256" });
}

export function issueLegacyToken(user) {
  // expect: jwt-weak-secret, jwt-long-lived
  return jwt.sign({ sub: user.id }, LEGACY_SECRET);
}

export function issueEmailToken(user) {
  // expect: jwt-weak-secret
  return jwt.sign({ sub: user.id, purpose: "verify-email" }, "email-secret", { expiresIn: "10m" });
}

export function issueMillisToken(user) {
  // safe: jwt-long-lived
  return jwt.sign({ sub: user.id }, PRIVATE_KEY, { algorithm: "RS256", expiresIn: "3600" });
}

export function verifyAccessToken(token) {
  // safe: jwt-none-algorithm, jwt-claims-not-validated
  return jwt.verify(token, PUBLIC_KEY, verifyOptions);
}

export function verifyLegacyToken(token) {
  // expect: jwt-none-algorithm, jwt-claims-not-validated
  return jwt.verify(token, PUBLIC_KEY, legacyVerifyOptions);
}

export function verifyExpiredAllowed(token) {
  // expect: jwt-claims-not-validated
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], issuer: "https://auth.shop.example", audience: "shop-api", ignoreExpiration: true });
}

export async function verifyWithKid(token) {
  // safe: jwt-signature-not-verified
  const { header } = jwt.decode(token, { complete: true });
  const key = await getSigningKey(header.kid);
  return jwt.verify(token, key, verifyOptions);
}

export function getUserFromToken(token) {
  // expect: jwt-signature-not-verified
  const payload = jwt.decode(token);
  return { id: payload.sub, isAdmin: payload.role === "admin" };
}

export function issueProfileToken(user) {
  // expect: jwt-sensitive-payload
  return jwt.sign(user.toJSON(), PRIVATE_KEY, { algorithm: "RS256", expiresIn: "5m" });
}

export function issueBillingToken(user, card) {
  const claims = {
    sub: user.id,
    // expect: jwt-sensitive-payload
    cardNumber: card.number,
  };
  return jwt.sign(claims, PRIVATE_KEY, { algorithm: "RS256", expiresIn: "5m" });
}
