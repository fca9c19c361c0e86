const express = require("express");
const { expressjwt } = require("express-jwt");

const app = express();
// ruleid: express-jwt-without-isrevoked
app.use("/api", expressjwt({ secret: process.env.JWT_SECRET, algorithms: ["HS256"] }));

const strictOptions = { secret: process.env.JWT_SECRET, algorithms: ["HS256"], isRevoked: isTokenRevoked };
// ok: express-jwt-without-isrevoked
app.use("/admin", expressjwt(strictOptions));

async function isTokenRevoked(req, token) {
  return revokedJtis.has(token.payload.jti);
}
