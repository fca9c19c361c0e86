// config/auth.config.js: settings shared by the auth routes and middleware.
require("dotenv").config();

const isProduction = process.env.NODE_ENV === "production";

module.exports = {
  // expect: jwt-weak-secret
  jwtSecret: "bezkoder-secret-key",
  // safe: jwt-long-lived
  jwtExpiration: 900,
  // expect: jwt-weak-secret
  refreshTokenSecret: process.env.REFRESH_TOKEN_SECRET || "refresh-token-secret",
  // safe: jwt-weak-secret
  accessTokenSecret: process.env.ACCESS_TOKEN_SECRET,
  // safe: jwt-weak-secret
  jwtPublicKeyPath: process.env.JWT_PUBLIC_KEY_PATH || "./keys/jwt.pub",
  cookieName: isProduction ? "__Host-access" : "access",
  corsOrigins: (process.env.CORS_ORIGINS || "http://localhost:5173").split(","),
};
