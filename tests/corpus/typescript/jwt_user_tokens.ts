// Token helpers used by the GraphQL resolvers.
import * as jwt from "jsonwebtoken";
import type { User } from "@prisma/client";

const secret = process.env.JWT_SECRET!;

export function tokenForUser(user: User): string {
  // expect: jwt-sensitive-payload
  return jwt.sign(JSON.parse(JSON.stringify(user)), secret, { expiresIn: "10m" });
}

export function tokenForUserSafe(user: User): string {
  // safe: jwt-sensitive-payload, jwt-long-lived
  return jwt.sign({ sub: user.id, roles: user.roles, tenant: user.tenantId }, secret, { expiresIn: "10m" });
}

export function apiClientToken(client: { id: string; secret: string }): string {
  // expect: jwt-sensitive-payload
  return jwt.sign({ sub: client.id, client_secret: client.secret }, secret, { expiresIn: "10m" });
}

export function integrationToken(userId: string, stripeKey: string): string {
  // expect: jwt-sensitive-payload
  return jwt.sign({ sub: userId, stripeKey: stripeKey, apiKey: stripeKey }, secret, { expiresIn: "10m" });
}

export function scopedToken(userId: string, scope: string[]): string {
  // safe: jwt-sensitive-payload
  return jwt.sign({ sub: userId, scope, uid: userId }, secret, { expiresIn: "10m" });
}

export function decodeForDisplay(token: string) {
  // expect: jwt-signature-not-verified
  return jwt.decode(token) as { sub: string; roles: string[] };
}

export function verifyUserToken(token: string) {
  // expect: jwt-claims-not-validated
  return jwt.verify(token, secret, { algorithms: ["HS256"], maxAge: "10m" });
}
