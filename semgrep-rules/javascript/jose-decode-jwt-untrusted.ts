import { decodeJwt, decodeProtectedHeader, jwtVerify, createRemoteJWKSet } from "jose";
import type { Request, Response, NextFunction } from "express";
import { cookies } from "next/headers";

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace("Bearer ", "") ?? "";
  // ruleid: jose-decode-jwt-untrusted
  const claims = decodeJwt(token);
  if (claims.role !== "admin") return res.sendStatus(403);
  next();
}

export async function currentUser() {
  const token = cookies().get("session")?.value;
  // ruleid: jose-decode-jwt-untrusted
  return decodeJwt(token!);
}

export async function verified(req: Request) {
  const token = req.cookies.token;
  const jwks = createRemoteJWKSet(new URL("https://auth.example.com/jwks"));
  // ok: jose-decode-jwt-untrusted
  const { payload } = await jwtVerify(token, jwks, { issuer: "https://auth.example.com", audience: "api" });
  return payload;
}

export function showName(token: string) {
  // ok: jose-decode-jwt-untrusted
  return decodeJwt(token).name;
}

// Hono: the cookie read with hono/cookie's getCookie comes from the request
export async function honoAdmin(c: Context) {
  const raw = getCookie(c, "session") ?? "";
  // ruleid: jose-decode-jwt-untrusted
  const { role } = decodeJwt(raw);
  if (role !== "admin") return c.text("forbidden", 403);
  return c.json({ ok: true });
}

// Koa: ctx.get reads a request header
export async function koaAdmin(ctx: Koa.Context) {
  const bearer = ctx.get("Authorization").replace("Bearer ", "");
  // ruleid: jose-decode-jwt-untrusted
  const claims = decodeJwt(bearer);
  ctx.assert(claims.role === "admin", 403);
}
