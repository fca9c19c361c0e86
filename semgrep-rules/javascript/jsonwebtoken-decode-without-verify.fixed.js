const jwt = require("jsonwebtoken");
const express = require("express");

const router = express.Router();

function currentUser(req) {
  const token = req.headers.authorization.split(" ")[1];
  // ruleid: jsonwebtoken-decode-without-verify
  const payload = jwt.decode(token);
  return payload;
}

router.get("/admin", (req, res) => {
  const token = req.cookies.token;
  // ruleid: jsonwebtoken-decode-without-verify
  const claims = jwt.decode(token, { json: true });
  if (claims.role !== "admin") return res.sendStatus(403);
  res.json({ ok: true });
});

async function authMiddleware(req, res, next) {
  // ruleid: jsonwebtoken-decode-without-verify
  req.user = require("jsonwebtoken").decode(req.get("x-token"));
  next();
}

function keyForToken(token, jwks) {
  // ok: jsonwebtoken-decode-without-verify
  const { kid } = jwt.decode(token, { complete: true }).header;
  return jwks[kid];
}

function verifyWithKid(token, jwks) {
  // ok: jsonwebtoken-decode-without-verify
  const decoded = jwt.decode(token, { complete: true });
  const key = jwks[decoded.header.kid];
  return jwt.verify(token, key, { algorithms: ["RS256"], issuer: "https://idp", audience: "api" });
}

function afterVerify(token) {
  jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
  // ok: jsonwebtoken-decode-without-verify
  return jwt.decode(token);
}

function verified(token) {
  // ok: jsonwebtoken-decode-without-verify
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
}

// OIDC code flow: the id_token comes straight from the provider's token endpoint over TLS
async function oidcCallback(tokenSet, done) {
  // ok: jsonwebtoken-decode-without-verify
  const profile = jwt.decode(tokenSet.id_token);
  return done(null, { email: profile.email });
}

// an id_token posted by the browser is attacker-controlled
router.post("/auth/google", (req, res) => {
  // ruleid: jsonwebtoken-decode-without-verify
  const claims = jwt.decode(req.body.id_token);
  req.session.email = claims.email;
  res.sendStatus(204);
});

// a decode-only helper: the callers decide whether this is trusted
function userFromToken(token) {
  // ruleid: jsonwebtoken-decode-without-verify
  const claims = jwt.decode(token);
  return { id: claims.sub, admin: claims.admin === true };
}

module.exports = { router, currentUser, authMiddleware, keyForToken, verifyWithKid, afterVerify, verified };

// a decode-only helper whose callers verify with the key its claims select
function peekClaims(raw) {
  // ok: jsonwebtoken-decode-without-verify
  const claims = jwt.decode(raw);
  if (!claims) throw new Error("bad token");
  return claims;
}

async function accountForToken(raw, accounts) {
  const claims = peekClaims(raw);
  const account = await accounts.find(claims.aid);
  try {
    jwt.verify(raw, account.signingKey, { algorithms: ["HS256"] });
  } catch (e) {
    throw new Error("invalid token");
  }
  return account;
}

// a userinfo endpoint that answers with application/jwt, fetched by the app over TLS
async function readUserInfo(endpoint, accessToken) {
  const response = await fetch(endpoint, { headers: { authorization: `Bearer ${accessToken}` } });
  const body = await response.text();
  // ok: jsonwebtoken-decode-without-verify
  return jwt.decode(body.trim());
}

// rotating the provider token the app stores: the claim only picks the tenant's URL
class TenantProvider {
  async refreshProviderToken(stored) {
    // ok: jsonwebtoken-decode-without-verify
    const { tenant } = jwt.decode(stored.accessToken);
    return this.post(`https://login.example.com/${tenant}/token`, stored.refreshToken);
  }

  currentUser(req) {
    // ruleid: jsonwebtoken-decode-without-verify
    const claims = jwt.decode(req.cookies.session);
    return claims.sub;
  }
}

// a Next.js route handler reading the token from the request body is not a fetched response
async function POST(request) {
  const input = await request.json();
  // ruleid: jsonwebtoken-decode-without-verify
  const claims = jwt.decode(input.token);
  return Response.json({ user: claims.sub });
}

// jwt-simple with noVerify = true
const simple = require("jwt-simple");
function sessionUser(req) {
  // ruleid: jsonwebtoken-decode-without-verify
  const claims = simple.decode(req.headers["x-auth"], process.env.JWT_SECRET, false);
  return claims.uid;
}
function verifiedSessionUser(req) {
  // ok: jsonwebtoken-decode-without-verify
  const claims = simple.decode(req.headers["x-auth"], process.env.JWT_SECRET, false, "HS256");
  return claims.uid;
}

// a browser-side store shows the signed-in user's name from its own cookie; the server
// verifies the same token on every API call
const Cookies = require("js-cookie");
function refreshProfile(state) {
  const jwtCookie = Cookies.get("jwt");
  if (jwtCookie) {
    // ok: jsonwebtoken-decode-without-verify
    const data = jwt.decode(jwtCookie);
    state.name = data.name;
  }
  // ok: jsonwebtoken-decode-without-verify
  const stored = jwt.decode(localStorage.getItem("token"));
  state.email = stored.email;
}

// passport-jwt has verified the request's token before this callback runs
function authenticate(req, res, next) {
  passport.authenticate("jwt", { session: false }, async (err, user, info) => {
    if (err) return next();
    if (info instanceof Error && info.name === "TokenExpiredError") {
      // ok: jsonwebtoken-decode-without-verify
      const payload = jwt.decode(extractJWT(req));
      req.user = await renew(payload.id);
    }
    next();
  })(req, res, next);
}

// key selection: passport-jwt verifies the token with the key this callback returns
const jwtOpts = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  passReqToCallback: true,
  secretOrKeyProvider: function (request, rawJwtToken, done) {
    // ok: jsonwebtoken-decode-without-verify
    const decoded = jwt.decode(rawJwtToken);
    Project.findById(decoded.aud).then((p) => done(null, p.jwtSecret));
  },
};
app.use(expressjwt({
  algorithms: ["HS256"],
  secret: async (req, token) => {
    // ok: jsonwebtoken-decode-without-verify
    const claims = jwt.decode(req.headers.authorization.slice(7));
    return tenants.secretFor(claims.tenant);
  },
}));

// an OAuth2 strategy's verify callback: the access token came from the provider's token endpoint
passport.use(new OAuth2Strategy({ tokenURL: process.env.TOKEN_URL, clientID: id, clientSecret: secret },
  function (accessToken, refreshToken, params, profile, cb) {
    // ok: jsonwebtoken-decode-without-verify
    const token = jwt.decode(accessToken);
    // ok: jsonwebtoken-decode-without-verify
    const info = jwt.decode(params.access_token);
    User.findOrCreate({ sub: token.sub, email: info.email }, cb);
  }));

// a middleware decoding the request's token and trusting it is still reported
function loadUser(req, res, next) {
  // ruleid: jsonwebtoken-decode-without-verify
  const claims = jwt.decode(req.headers.authorization.split(" ")[1]);
  req.user = { id: claims.sub, admin: claims.admin };
  next();
}
