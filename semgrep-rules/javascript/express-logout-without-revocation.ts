import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { deleteCookie } from "hono/cookie";

const app = new Hono<{ Bindings: { JWT_SECRET: string; REVOKED: KVNamespace } }>();
app.use("/api/*", (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: "HS256", cookie: "token" })(c, next));

// ruleid: express-logout-without-revocation
app.post("/api/logout", (c) => {
  deleteCookie(c, "token", { path: "/" });
  return c.json({ ok: true });
});

// ok: express-logout-without-revocation
app.post("/api/sign-out", async (c) => {
  const { jti, exp } = c.get("jwtPayload");
  await c.env.REVOKED.put(jti, "1", { expiration: exp });
  deleteCookie(c, "token", { path: "/" });
  return c.json({ ok: true });
});
