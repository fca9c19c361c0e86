const jwt = require("jsonwebtoken");

const NONE = "none";

function a(token) {
  // ruleid: jsonwebtoken-algorithm-none-or-mixed
  return jwt.verify(token, key, { algorithms: ["none"] });
}
function b(token) {
  // ruleid: jsonwebtoken-algorithm-none-or-mixed
  return jwt.verify(token, key, { algorithms: ["RS256", "HS256"] });
}
// ruleid: jsonwebtoken-algorithm-none-or-mixed
const lax = { algorithms: ["HS256", "RS256"] };
function c(token) {
  return jwt.verify(token, key, lax);
}
function d(token) {
  // ruleid: jsonwebtoken-algorithm-none-or-mixed
  return jwt.verify(token, key, { algorithms: [NONE] });
}
function e(payload) {
  // ruleid: jsonwebtoken-algorithm-none-or-mixed
  return jwt.sign(payload, null, { algorithm: "None" });
}
function f(token) {
  // ok: jsonwebtoken-algorithm-none-or-mixed
  return jwt.verify(token, key, { algorithms: ["RS256", "RS384"] });
}
function g(payload) {
  // ok: jsonwebtoken-algorithm-none-or-mixed
  return jwt.sign(payload, key, { algorithm: "HS256", expiresIn: "10m" });
}

const ALLOWED = ["HS256", "RS256"];
const PINNED = ["RS256"];
function h(token) {
  // ruleid: jsonwebtoken-algorithm-none-or-mixed
  return jwt.verify(token, key, { algorithms: ALLOWED });
}
function i(token) {
  // ok: jsonwebtoken-algorithm-none-or-mixed
  return jwt.verify(token, key, { algorithms: PINNED });
}

// options shared by several handlers, declared once at module level
const verifyOpts = {
  issuer: "billing-api",
  // ruleid: jsonwebtoken-algorithm-none-or-mixed
  algorithms: ["HS512"],
};
module.exports = {
  charge: (req) => jwt.verify(req.token, process.env.BILLING_KEY, verifyOpts),
};

function mint(claims) {
  // ruleid: jsonwebtoken-algorithm-none-or-mixed
  const signOpts = {
    expiresIn: "10m",
    algorithm: "none",
  };
  return jwt.sign(claims, "", signOpts);
}

function strict(req) {
  const pinnedOpts = {
    // ok: jsonwebtoken-algorithm-none-or-mixed
    algorithms: ["HS512"],
  };
  return jwt.verify(req.token, process.env.BILLING_KEY, pinnedOpts);
}

function localOptions(req) {
  const token = req.headers.authorization.split(" ")[1];
  const options = {
    issuer: "https://api.example.com",
    // ruleid: jsonwebtoken-algorithm-none-or-mixed
    algorithms: ["HS256"],
  };
  let result;
  try {
    result = jwt.verify(token, process.env.JWT_SECRET, options);
  } catch (err) {
    result = null;
  }
  return result;
}
