import jwt from "jsonwebtoken";

// ruleid: jsonwebtoken-ignore-expiration
const lenient = { algorithms: ["HS256"], ignoreExpiration: true };

export function a(token) {
  // ruleid: jsonwebtoken-ignore-expiration
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"], ignoreExpiration: true });
}
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
