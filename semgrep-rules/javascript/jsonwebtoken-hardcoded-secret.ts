import { Hono } from "hono";
import { sign, verify } from "hono/jwt";

const app = new Hono<{ Bindings: { JWT_SECRET: string } }>();

app.post("/login", async (c) => {
  const user = await authenticate(await c.req.json());
  // ruleid: jsonwebtoken-hardcoded-secret
  const token = await sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 600 }, "hono-secret-key");
  return c.json({ token });
});

app.get("/me", async (c) => {
  const raw = c.req.header("Authorization")?.slice(7) ?? "";
  // ok: jsonwebtoken-hardcoded-secret
  const payload = await verify(raw, c.env.JWT_SECRET, "HS256");
  return c.json(payload);
});
