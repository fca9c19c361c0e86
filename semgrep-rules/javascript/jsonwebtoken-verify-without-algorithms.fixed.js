const jwt = require("jsonwebtoken");

const verifyOptions = { issuer: "auth.example.com", audience: "api" };
const pinned = { algorithms: ["RS256"], issuer: "auth.example.com" };

function a(token) {
  // ruleid: jsonwebtoken-verify-without-algorithms
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
}

function b(token) {
  // ruleid: jsonwebtoken-verify-without-algorithms
  return jwt.verify(token, publicKey, { issuer: "auth.example.com" });
}

function c(token, next) {
  // ruleid: jsonwebtoken-verify-without-algorithms
  jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] }, (err, decoded) => next(err, decoded));
}

function d(token) {
  // ruleid: jsonwebtoken-verify-without-algorithms
  return jwt.verify(token, publicKey, verifyOptions);
}

function e(token) {
  // ok: jsonwebtoken-verify-without-algorithms
  return jwt.verify(token, publicKey, { algorithms: ["RS256"], issuer: "auth.example.com" });
}

function f(token) {
  // ok: jsonwebtoken-verify-without-algorithms
  return jwt.verify(token, publicKey, pinned);
}

function g(token, cb) {
  // ok: jsonwebtoken-verify-without-algorithms
  jwt.verify(token, getKey, { algorithms: ["RS256"] }, cb);
}

function userToken(token, user) {
  // a random per-user HMAC secret kept on the user row: HS* only, `none` refused
  // ok: jsonwebtoken-verify-without-algorithms
  return jwt.verify(token, user.jwtSecret);
}

function socketLogin(token, server) {
  // ok: jsonwebtoken-verify-without-algorithms
  return jwt.verify(token, server.jwtSecret);
}

function parseToken(token, secret) {
  // the caller passes the key in and decides it
  // ok: jsonwebtoken-verify-without-algorithms
  return jwt.verify(token, secret);
}

// ok: jsonwebtoken-verify-without-algorithms
const parseWith = (token, signingSecret) => jwt.verify(token, signingSecret);

function fromConfig(token) {
  // a config value that may be unset: on jsonwebtoken 8 an empty key accepts unsigned tokens
  // ruleid: jsonwebtoken-verify-without-algorithms
  return jwt.verify(token, config.jwtSecret, { algorithms: ["HS256"] });
}
