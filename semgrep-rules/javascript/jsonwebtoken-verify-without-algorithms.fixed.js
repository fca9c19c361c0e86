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
