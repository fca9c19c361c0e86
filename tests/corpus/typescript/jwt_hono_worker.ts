// Edge worker: Hono with its built-in JWT helpers.
import { Hono } from "hono";
import { decode, jwt, sign, verify } from "hono/jwt";
import { deleteCookie, setCookie } from "hono/cookie";

type Env = { Bindings: { JWT_SECRET: string; REVOKED: KVNamespace } };
const app = new Hono<Env>();

// expect: jwt-weak-secret
app.use("/reports/*", jwt({ secret: "worker-reports-secret", alg: "HS256" }));
// safe: jwt-weak-secret
app.use("/billing/*", (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: "HS256" })(c, next));

app.post("/session", async (c) => {
  const account = await findAccount(await c.req.json());
  const now = Math.floor(Date.now() / 1000);
  // expect: jwt-weak-secret
  const token = await sign({ sub: account.id, exp: now + 600 }, "worker-signing-secret");
  setCookie(c, "token", token, { httpOnly: true, secure: true, sameSite: "Strict", maxAge: 600 });
  return c.json({ ok: true });
});

app.get("/whoami", (c) => {
  const raw = c.req.header("Authorization")?.replace("Bearer ", "") ?? "";
  // expect: jwt-signature-not-verified
  const { payload } = decode(raw);
  return c.json({ id: payload.sub });
});

app.get("/whoami/verified", async (c) => {
  const raw = c.req.header("Authorization")?.replace("Bearer ", "") ?? "";
  // safe: jwt-signature-not-verified
  const payload = await verify(raw, c.env.JWT_SECRET, "HS256");
  return c.json({ id: payload.sub });
});

// expect: jwt-no-revocation
app.post("/logout", (c) => {
  deleteCookie(c, "token", { path: "/" });
  return c.json({ ok: true });
});

// safe: jwt-no-revocation
app.post("/logout-everywhere", async (c) => {
  const claims = c.get("jwtPayload");
  await c.env.REVOKED.put(claims.jti, "revoked", { expiration: claims.exp });
  deleteCookie(c, "token", { path: "/" });
  return c.json({ ok: true });
});

export default app;
