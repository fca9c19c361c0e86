const jwt = require("jsonwebtoken");

// ruleid: jsonwebtoken-hardcoded-secret
const JWT_SECRET = "super-secret-key";
// ruleid: jsonwebtoken-hardcoded-secret
const config = { jwtSecret: "changeme", publicKeyPath: "./keys/pub.pem" };

function issue(user) {
  // ruleid: jsonwebtoken-hardcoded-secret
  const a = jwt.sign({ sub: user.id }, "secret", { expiresIn: "15m" });
  const b = jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: "15m" });
  // ruleid: jsonwebtoken-hardcoded-secret
  const c = jwt.sign({ sub: user.id }, process.env.JWT_SECRET || "dev-secret", { expiresIn: "15m" });
  const d = jwt.sign({ sub: user.id }, config.jwtSecret, { expiresIn: "15m" });
  return [a, b, c, d];
}

function check(token) {
  // ruleid: jsonwebtoken-hardcoded-secret
  return jwt.verify(token, "your-256-bit-secret", { algorithms: ["HS256"] });
}

function ok(token, user) {
  // ok: jsonwebtoken-hardcoded-secret
  jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ok: jsonwebtoken-hardcoded-secret
  return jwt.verify(token, fs.readFileSync(config.publicKeyPath), { algorithms: ["RS256"] });
}

const jwtSimple = require("jwt-simple");
function legacyToken(user) {
  // ruleid: jsonwebtoken-hardcoded-secret
  return jwtSimple.encode({ uid: user.id, exp: Math.floor(Date.now() / 1000) + 600 }, "legacy-simple-secret");
}
function legacyRead(token) {
  // ok: jsonwebtoken-hardcoded-secret
  return jwtSimple.decode(token, process.env.LEGACY_SECRET, false, "HS256");
}

function loginToken(data) {
  const accessToken = jwt.sign(
    {
      username: data.username,
      is_admin: data.is_admin,
    },
    // ruleid: jsonwebtoken-hardcoded-secret
    "secret"
  );
  return accessToken;
}

function refreshCheck(token) {
  return jwt.verify(
    token,
    // ruleid: jsonwebtoken-hardcoded-secret
    process.env.REFRESH_SECRET || "refresh-dev-secret",
    { algorithms: ["HS256"] }
  );
}

function issueSessionToken(user) {
  return jwt.sign(
    { _id: user._id },
    process.env.NODE_ENV === "production" ? process.env.JWT_SECRET
      // ruleid: jsonwebtoken-hardcoded-secret
      : "dev-secret",
    { expiresIn: "1h" },
  );
}

function checkSessionToken(token) {
  // ruleid: jsonwebtoken-hardcoded-secret
  return jwt.verify(token, process.env.NODE_ENV !== "production" ? "dev-secret" : process.env.JWT_SECRET);
}

function checkWithChosenKey(token) {
  const { NODE_ENV, JWT_SECRET } = process.env;
  // ruleid: jsonwebtoken-hardcoded-secret
  const key = NODE_ENV === "production" ? JWT_SECRET : "dev-secret";
  return jwt.verify(token, key);
}

function keyByAlgorithm(token, usePublicKey) {
  // ok: jsonwebtoken-hardcoded-secret
  return jwt.verify(token, usePublicKey ? process.env.JWT_PUBLIC_KEY : process.env.JWT_SECRET);
}

function keyOrFail(token) {
  // ok: jsonwebtoken-hardcoded-secret
  return jwt.verify(token, process.env.JWT_SECRET ? process.env.JWT_SECRET : "");
}

const fs = require("fs");
// ok: jsonwebtoken-hardcoded-secret
const jwtPublicKey = fs ? fs.readFileSync("keys/jwt.pub", "utf8") : "placeholder-public-key";
function checkAsymmetric(token) {
  return jwt.verify(token, jwtPublicKey, { algorithms: ["RS256"] });
}
