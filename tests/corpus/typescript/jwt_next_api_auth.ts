// Next.js pages API helpers (jsonwebtoken named imports + jwt-decode).
import type { NextApiRequest, NextApiResponse } from "next";
import { sign, verify, decode, type JwtPayload } from "jsonwebtoken";
import { jwtDecode } from "jwt-decode";
import { prisma } from "@/lib/prisma";

// expect: jwt-weak-secret
const SECRET = "next-api-jwt-secret";
const KEY = process.env.JWT_SECRET as string;

export function issueToken(userId: string) {
  // expect: jwt-weak-secret
  return sign({ sub: userId }, SECRET, { expiresIn: "15m" });
}

export function issueToken2(user: { id: string; apiKey: string }) {
  // expect: jwt-sensitive-payload, jwt-long-lived
  return sign({ sub: user.id, api_key: user.apiKey }, KEY, { expiresIn: 60 * 60 * 8 });
}

export function issueToken3(userId: string) {
  // safe: jwt-weak-secret, jwt-long-lived, jwt-sensitive-payload
  return sign({ sub: userId, tenant: "acme" }, KEY, { expiresIn: 900 });
}

export function readUser(req: NextApiRequest): JwtPayload {
  const token = req.cookies["auth-token"] ?? "";
  // expect: jwt-none-algorithm, jwt-claims-not-validated
  return verify(token, KEY, { issuer: "next-app" }) as JwtPayload;
}

export function readUserStrict(req: NextApiRequest): JwtPayload {
  const token = req.cookies["auth-token"] ?? "";
  // safe: jwt-none-algorithm, jwt-claims-not-validated, jwt-weak-secret
  return verify(token, KEY, { algorithms: ["HS256"], issuer: "next-app", audience: "next-web" }) as JwtPayload;
}

export default async function adminHandler(req: NextApiRequest, res: NextApiResponse) {
  const token = req.headers.authorization?.split(" ")[1] ?? "";
  // expect: jwt-signature-not-verified
  const { isAdmin, sub } = jwtDecode<{ isAdmin: boolean; sub: string }>(token);
  if (!isAdmin) return res.status(403).json({ error: "forbidden" });
  const users = await prisma.user.findMany({ where: { orgId: sub } });
  res.json(users);
}

export function whoami(req: NextApiRequest) {
  const raw = req.cookies["auth-token"] ?? "";
  // expect: jwt-signature-not-verified
  const claims = decode(raw) as JwtPayload;
  return { id: claims.sub, role: claims.role };
}

export function afterVerify(req: NextApiRequest) {
  const raw = req.cookies["auth-token"] ?? "";
  verify(raw, KEY, { algorithms: ["HS256"], issuer: "next-app", audience: "next-web" });
  // safe: jwt-signature-not-verified
  const claims = decode(raw) as JwtPayload;
  return claims.sub;
}
