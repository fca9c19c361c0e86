const jwt = require("jsonwebtoken");
const express = require("express");

const router = express.Router();

function currentUser(req) {
  const token = req.headers.authorization.split(" ")[1];
  // ruleid: jsonwebtoken-decode-without-verify
  const payload = jwt.decode(token);
  return payload;
}

router.get("/admin", (req, res) => {
  const token = req.cookies.token;
  // ruleid: jsonwebtoken-decode-without-verify
  const claims = jwt.decode(token, { json: true });
  if (claims.role !== "admin") return res.sendStatus(403);
  res.json({ ok: true });
});

async function authMiddleware(req, res, next) {
  // ruleid: jsonwebtoken-decode-without-verify
  req.user = require("jsonwebtoken").decode(req.get("x-token"));
  next();
}

function keyForToken(token, jwks) {
  // ok: jsonwebtoken-decode-without-verify
  const { kid } = jwt.decode(token, { complete: true }).header;
  return jwks[kid];
}

function verifyWithKid(token, jwks) {
  // ok: jsonwebtoken-decode-without-verify
  const decoded = jwt.decode(token, { complete: true });
  const key = jwks[decoded.header.kid];
  return jwt.verify(token, key, { algorithms: ["RS256"], issuer: "https://idp", audience: "api" });
}

function afterVerify(token) {
  jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
  // ok: jsonwebtoken-decode-without-verify
  return jwt.decode(token);
}

function verified(token) {
  // ok: jsonwebtoken-decode-without-verify
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
}

// OIDC code flow: the id_token comes straight from the provider's token endpoint over TLS
async function oidcCallback(tokenSet, done) {
  // ok: jsonwebtoken-decode-without-verify
  const profile = jwt.decode(tokenSet.id_token);
  return done(null, { email: profile.email });
}

// an id_token posted by the browser is attacker-controlled
router.post("/auth/google", (req, res) => {
  // ruleid: jsonwebtoken-decode-without-verify
  const claims = jwt.decode(req.body.id_token);
  req.session.email = claims.email;
  res.sendStatus(204);
});

// a decode-only helper: the callers decide whether this is trusted
function userFromToken(token) {
  // ruleid: jsonwebtoken-decode-without-verify
  const claims = jwt.decode(token);
  return { id: claims.sub, admin: claims.admin === true };
}

module.exports = { router, currentUser, authMiddleware, keyForToken, verifyWithKid, afterVerify, verified };
