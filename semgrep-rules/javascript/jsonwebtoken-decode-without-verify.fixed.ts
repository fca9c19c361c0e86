import { Hono } from "hono";
import { decode, verify } from "hono/jwt";

const app = new Hono();

app.get("/me", (c) => {
  const raw = c.req.header("Authorization")?.slice(7) ?? "";
  // ruleid: jsonwebtoken-decode-without-verify
  const { payload } = decode(raw);
  return c.json({ user: payload.sub });
});

app.get("/verified", async (c) => {
  const raw = c.req.header("Authorization")?.slice(7) ?? "";
  // ok: jsonwebtoken-decode-without-verify
  const payload = await verify(raw, c.env.JWT_SECRET, "HS256");
  return c.json({ user: payload.sub });
});

app.get("/kid", async (c) => {
  const raw = c.req.header("Authorization")?.slice(7) ?? "";
  // ok: jsonwebtoken-decode-without-verify
  const { header } = decode(raw);
  const key = await keyFor(header.kid);
  const payload = await verify(raw, key, "RS256");
  return c.json({ user: payload.sub });
});
