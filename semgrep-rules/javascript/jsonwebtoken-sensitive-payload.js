const jwt = require("jsonwebtoken");

async function login(req, res) {
  const user = await User.findOne({ email: req.body.email });
  // ruleid: jsonwebtoken-sensitive-payload
  const a = jwt.sign({ sub: user.id, password: user.password }, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ruleid: jsonwebtoken-sensitive-payload
  const b = jwt.sign({ sub: user.id, hash: user.passwordHash }, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ruleid: jsonwebtoken-sensitive-payload
  const c = jwt.sign(user.toJSON(), process.env.JWT_SECRET, { expiresIn: "15m" });
  // ruleid: jsonwebtoken-sensitive-payload
  const d = jwt.sign({ ...user }, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ruleid: jsonwebtoken-sensitive-payload
  const e = jwt.sign(user, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ruleid: jsonwebtoken-sensitive-payload
  const claims = { sub: user.id, ssn: user.ssn };
  const f = jwt.sign(claims, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ruleid: jsonwebtoken-sensitive-payload
  const g = jwt.sign({ user }, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ok: jsonwebtoken-sensitive-payload
  const h = jwt.sign({ sub: user.id, roles: user.roles, tenant: user.tenantId }, process.env.JWT_SECRET, { expiresIn: "15m" });
  const safeClaims = { sub: user.id, scope: "read" };
  // ok: jsonwebtoken-sensitive-payload
  const i = jwt.sign(safeClaims, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ok: jsonwebtoken-sensitive-payload
  const k = jwt.sign({ user: { id: user.id } }, process.env.JWT_SECRET, { expiresIn: "15m" });
  res.json({ a, b, c, d, e, f, g, h, i, k });
}

const jwtSimple = require("jwt-simple");
async function issueLegacy(user, reply, fastify) {
  // ruleid: jsonwebtoken-sensitive-payload
  const legacy = jwtSimple.encode({ uid: user.id, passwordHash: user.passwordHash }, process.env.LEGACY_SECRET);
  // ruleid: jsonwebtoken-sensitive-payload
  const viaReply = await reply.jwtSign({ id: user.id, ssn: user.ssn });
  // ruleid: jsonwebtoken-sensitive-payload
  const viaPlugin = fastify.jwt.sign({ ...user });
  // ok: jsonwebtoken-sensitive-payload
  const minimal = await reply.jwtSign({ sub: user.id, role: user.role }, { expiresIn: "10m" });
  return [legacy, viaReply, viaPlugin, minimal];
}

function issueApiKeyToken(user, apiKeyId) {
  // A token kind named by an enum constant is a label, not the API key.
  // ok: jsonwebtoken-sensitive-payload
  const labelled = jwt.sign({ sub: user.id, apiKeyId, type: TokenType.API_KEY }, process.env.JWT_SECRET, { expiresIn: "1h" });
  // ruleid: jsonwebtoken-sensitive-payload
  const leaked = jwt.sign({ sub: user.id, key: user.apiKey }, process.env.JWT_SECRET, { expiresIn: "1h" });
  return [labelled, leaked];
}

function issueWrappedLiteral(username, dbUser) {
  // The claim wraps a literal built just above: its keys are in plain sight.
  const user = { id: 1, username: username };
  // ok: jsonwebtoken-sensitive-payload
  jwt.sign({ user }, process.env.JWT_SECRET, { expiresIn: "1h" }, (err, token) => {});
  // ok: jsonwebtoken-sensitive-payload
  const wrapped = jwt.sign({ user: user }, process.env.JWT_SECRET, { expiresIn: "1h" });
  // ruleid: jsonwebtoken-sensitive-payload
  const fromStore = jwt.sign({ user: dbUser }, process.env.JWT_SECRET, { expiresIn: "1h" });
  return [wrapped, fromStore];
}

function issuePrefixedClaims(target, actor) {
  // A prefixed camelCase claim is still the credential it names.
  // ruleid: jsonwebtoken-sensitive-payload
  const imp = jwt.sign({ sub: target.id, warehouseApiKey: target.warehouseApiKey }, process.env.JWT_SECRET, { expiresIn: "5m" });
  // ok: jsonwebtoken-sensitive-payload
  const flags = jwt.sign({ sub: target.id, hasPassword: true, isSecret: false }, process.env.JWT_SECRET, { expiresIn: "5m" });
  // ok: jsonwebtoken-sensitive-payload
  const typed = jwt.sign({ sub: target.id, keyId: actor.keyId, passwordless: true }, process.env.JWT_SECRET, { expiresIn: "5m" });
  return [imp, flags, typed];
}

// the app's own JWT helpers
class NostrProvider {
  async authenticate(body) {
    return {
      // ruleid: jsonwebtoken-sensitive-payload
      accessToken: AuthService.signJWT({ password: body.password }),
      // ok: jsonwebtoken-sensitive-payload
      refreshToken: AuthService.signJWT({ id: body.pubkey }),
    };
  }
}
// ruleid: jsonwebtoken-sensitive-payload
const t = makeJWT({ id: user.id, passwordHash: user.passwordHash }, "15m");
// a random-token helper is not a JWT
// ok: jsonwebtoken-sensitive-payload
const r = generateToken({ password: body.password });
// a record handed to the app's helper: the helper (another module) picks the claims
async function jwtFor(user) {
  // ok: jsonwebtoken-sensitive-payload
  return User.createJWT(user, server.jwtSecret);
}
// an options object whose `secret` is the signing key, with the payload under its own key
// ok: jsonwebtoken-sensitive-payload
const tpl = generateJwt({ secret: variables[secret] || secret, payload: payload });

// re-signing the claims of a token that was just verified (a refresh)
const getToken = (tokenInfo, customSecret) => {
  const payload = Object.assign({}, tokenInfo);
  delete payload.iat;
  delete payload.exp;
  // ok: jsonwebtoken-sensitive-payload
  return jwt.sign(payload, customSecret || process.env.JWT_SECRET, { expiresIn: 900 });
};

function issueFor(account) {
  // ruleid: jsonwebtoken-sensitive-payload
  return jwt.sign(Object.assign({}, account), process.env.JWT_SECRET, { expiresIn: 900 });
}
