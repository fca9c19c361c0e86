import jwt from "jsonwebtoken";


export function a(token) {
  // ruleid: jsonwebtoken-ignore-expiration
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"], ignoreExpiration: true });
}
// ruleid: jsonwebtoken-ignore-expiration
const lenient = { algorithms: ["HS256"], ignoreExpiration: true };
export function b(token) {
  return jwt.verify(token, process.env.JWT_SECRET, lenient);
}
export function c(token) {
  // ruleid: jsonwebtoken-ignore-expiration
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"], clockTolerance: 86400 });
}
export function d(token) {
  // ok: jsonwebtoken-ignore-expiration
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"], clockTolerance: 30, ignoreExpiration: false });
}

// module-level options reused inside an exported handler object
const sharedVerify = {
  issuer: "ledger",
  // ruleid: jsonwebtoken-ignore-expiration
  ignoreExpiration: true,
};
export const handlers = {
  read: (req) => jwt.verify(req.token, process.env.JWT_SECRET, sharedVerify),
};

export function e(token) {
  // ruleid: jsonwebtoken-ignore-expiration
  const opts = {
    algorithms: ["HS256"],
    clockTolerance: 7 * 24 * 3600,
  };
  return jwt.verify(token, process.env.JWT_SECRET, opts);
}

export function f(token) {
  const opts = {
    algorithms: ["HS256"],
    // ok: jsonwebtoken-ignore-expiration
    ignoreExpiration: false,
  };
  return jwt.verify(token, process.env.JWT_SECRET, opts);
}

export function g(req, res, next) {
  const token = req.headers.authorization.split(" ")[1];
  const options = {
    algorithms: ["HS256"],
    // ruleid: jsonwebtoken-ignore-expiration
    ignoreExpiration: true,
  };
  let result;
  try {
    result = jwt.verify(token, process.env.JWT_SECRET, options);
    req.decoded = result;
    next();
  } catch (err) {
    res.status(401).end();
  }
}
