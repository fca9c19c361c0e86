// API gateway: express-jwt in front of the internal services.
const express = require("express");
const { expressjwt } = require("express-jwt");
const jwksRsa = require("jwks-rsa");
const revocations = require("./revocations");

const app = express();

const jwksSecret = jwksRsa.expressJwtSecret({
  cache: true,
  rateLimit: true,
  jwksUri: "https://login.example.com/.well-known/jwks.json",
});

// expect: jwt-no-revocation
app.use("/api/public-feed", expressjwt({ secret: jwksSecret, algorithms: ["RS256"], credentialsRequired: false }));

// safe: jwt-no-revocation, jwt-none-algorithm, jwt-weak-secret
app.use("/api/orders", expressjwt({
  secret: jwksSecret,
  algorithms: ["RS256"],
  audience: "orders",
  issuer: "https://login.example.com/",
  isRevoked: async (req, token) => revocations.has(token.payload.jti),
}));

// expect: jwt-weak-secret, jwt-no-revocation
app.use("/api/legacy", expressjwt({ secret: "legacy-shared-secret", algorithms: ["HS256"] }));

const internalAuth = {
  secret: process.env.INTERNAL_JWT_SECRET || "internal",
  algorithms: ["HS256", "RS256"],
  isRevoked: (req, token) => revocations.has(token.payload.jti),
};
// expect: jwt-none-algorithm, jwt-weak-secret
app.use("/internal", expressjwt(internalAuth));

const partnerAuth = {
  secret: process.env.PARTNER_JWT_SECRET,
  algorithms: ["HS512"],
  isRevoked: (req, token) => revocations.has(token.payload.jti),
};
// safe: jwt-none-algorithm, jwt-weak-secret, jwt-no-revocation
app.use("/partner", expressjwt(partnerAuth));

// expect: jwt-no-revocation
app.post("/api/auth/signout", (req, res) => {
  res.clearCookie("id_token", { path: "/" });
  res.json({ signedOut: true });
});

// safe: jwt-no-revocation
app.post("/api/auth/logout", async (req, res) => {
  await revocations.add(req.auth.jti, req.auth.exp);
  res.clearCookie("id_token", { path: "/" });
  res.json({ signedOut: true });
});

app.listen(process.env.PORT || 3000);
