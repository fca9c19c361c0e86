// Express auth routes for the orders API (CommonJS, jsonwebtoken).
const express = require("express");
const bcrypt = require("bcrypt");
const jwt = require("jsonwebtoken");
const { User, RefreshToken } = require("../models");
const redis = require("../lib/redis");

const router = express.Router();
const ACCESS_SECRET = process.env.JWT_ACCESS_SECRET;

router.post("/login", async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).json({ error: "invalid credentials" });
  }
  // expect: jwt-long-lived
  const accessToken = jwt.sign({ sub: user.id, role: user.role }, ACCESS_SECRET, { expiresIn: "7d" });
  res.cookie("access_token", accessToken, { httpOnly: true, secure: true, sameSite: "strict" });
  res.json({ ok: true });
});

router.post("/login/short", async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  // safe: jwt-long-lived, jwt-sensitive-payload
  const accessToken = jwt.sign({ sub: user.id, roles: user.roles }, ACCESS_SECRET, { expiresIn: "15m", algorithm: "HS256" });
  // safe: jwt-long-lived
  const refreshToken = jwt.sign({ sub: user.id }, process.env.JWT_REFRESH_SECRET, { expiresIn: "30d" });
  await RefreshToken.create({ userId: user.id, token: refreshToken });
  res.json({ accessToken });
});

function requireAuth(req, res, next) {
  const token = (req.headers.authorization || "").replace("Bearer ", "");
  try {
    // expect: jwt-none-algorithm, jwt-claims-not-validated
    req.user = jwt.verify(token, ACCESS_SECRET);
    next();
  } catch (err) {
    res.status(401).json({ error: "invalid token" });
  }
}

function requireAuthStrict(req, res, next) {
  const token = (req.headers.authorization || "").replace("Bearer ", "");
  try {
    // safe: jwt-none-algorithm, jwt-claims-not-validated
    req.user = jwt.verify(token, ACCESS_SECRET, { algorithms: ["HS256"], issuer: "orders-auth", audience: "orders-api" });
    next();
  } catch (err) {
    res.status(401).json({ error: "invalid token" });
  }
}

router.get("/admin/reports", (req, res) => {
  const token = req.cookies.access_token;
  // expect: jwt-signature-not-verified
  const claims = jwt.decode(token);
  if (!claims || claims.role !== "admin") return res.sendStatus(403);
  res.json({ reports: [] });
});

// expect: jwt-no-revocation
router.post("/logout", (req, res) => {
  res.clearCookie("access_token");
  res.status(200).json({ message: "logged out" });
});

// safe: jwt-no-revocation
router.post("/logout-everywhere", requireAuthStrict, async (req, res) => {
  const { jti, exp } = req.user;
  await redis.set(`denylist:${jti}`, "1", "EXAT", exp);
  await RefreshToken.deleteMany({ userId: req.user.sub });
  res.clearCookie("access_token");
  res.sendStatus(204);
});

router.post("/account/password", requireAuthStrict, async (req, res) => {
  const user = await User.findById(req.user.sub);
  // expect: jwt-no-revocation
  user.passwordHash = await bcrypt.hash(req.body.newPassword, 12);
  await user.save();
  res.sendStatus(204);
});

// safe: jwt-no-revocation
router.post("/account/reset-password", requireAuthStrict, async (req, res) => {
  const user = await User.findById(req.user.sub);
  user.passwordHash = await bcrypt.hash(req.body.newPassword, 12);
  user.tokenVersion += 1;
  await user.save();
  res.sendStatus(204);
});

module.exports = { router, requireAuth, requireAuthStrict };
