// Koa gateway: trusts tokens from the upstream identity service.
const Koa = require("koa");
const Router = require("@koa/router");
const jsonwebtoken = require("jsonwebtoken");
const { jwtDecode } = require("jwt-decode");
const { tokenStore } = require("./token-store");

const app = new Koa();
const router = new Router();
const PUBLIC_KEY = process.env.IDP_PUBLIC_KEY;

async function authenticate(ctx, next) {
  const header = ctx.get("Authorization") || "";
  const token = header.replace(/^Bearer /, "");
  // expect: jwt-signature-not-verified
  const decoded = jsonwebtoken.decode(token, { complete: true });
  ctx.state.user = decoded.payload;
  await next();
}

async function authenticateStrict(ctx, next) {
  const token = (ctx.get("Authorization") || "").replace(/^Bearer /, "");
  // safe: jwt-signature-not-verified, jwt-none-algorithm, jwt-claims-not-validated
  ctx.state.user = jsonwebtoken.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], issuer: "https://idp.example.com", audience: "gateway" });
  await next();
}

router.get("/tenants/:id", async (ctx) => {
  const raw = ctx.cookies.get("id_token");
  // expect: jwt-signature-not-verified
  const { tenant, role } = jwtDecode(raw);
  if (tenant !== ctx.params.id || role !== "owner") ctx.throw(403);
  ctx.body = { tenant };
});

router.get("/whoami", authenticateStrict, async (ctx) => {
  ctx.body = { sub: ctx.state.user.sub };
});

function verifyLegacy(token) {
  return new Promise((resolve, reject) => {
    // expect: jwt-none-algorithm, jwt-claims-not-validated
    jsonwebtoken.verify(token, PUBLIC_KEY, (err, payload) => (err ? reject(err) : resolve(payload)));
  });
}

function verifyAnyAlgorithm(token) {
  // expect: jwt-none-algorithm
  return jsonwebtoken.verify(token, PUBLIC_KEY, { algorithms: ["RS256", "HS256", "none"], issuer: "https://idp.example.com", audience: "gateway" });
}

function verifyPinned(token) {
  // safe: jwt-none-algorithm
  return jsonwebtoken.verify(token, PUBLIC_KEY, { algorithms: ["RS256", "RS512"], issuer: "https://idp.example.com", audience: "gateway" });
}

// expect: jwt-no-revocation
router.post("/session/logout", async (ctx) => {
  ctx.cookies.set("id_token", null);
  ctx.body = { ok: true };
});

// safe: jwt-no-revocation
router.post("/session/logout-all", authenticateStrict, async (ctx) => {
  await tokenStore.revokeAllForUser(ctx.state.user.sub);
  ctx.cookies.set("id_token", null);
  ctx.body = { ok: true };
});

app.use(router.routes());
module.exports = { app, authenticate, verifyLegacy, verifyAnyAlgorithm, verifyPinned };
