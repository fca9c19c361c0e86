const jwt = require("jsonwebtoken");

// ruleid: jsonwebtoken-long-lived
const SESSION_LIFETIME = "7d";
// ruleid: jsonwebtoken-long-lived
const longOpts = { algorithm: "HS256", expiresIn: 60 * 60 * 24 };
const shortOpts = { algorithm: "HS256", expiresIn: "15m" };

function issue(user) {
  // ruleid: jsonwebtoken-long-lived
  const a = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "2 days" });
  const b = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, longOpts);
  const c = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: SESSION_LIFETIME });
  // ruleid: jsonwebtoken-long-lived
  const d = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: 3600 });
  // ruleid: jsonwebtoken-long-lived
  const e = jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 60 * 60 * 24 }, process.env.JWT_SECRET);
  // ruleid: jsonwebtoken-long-lived
  const f = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);
  // ruleid: jsonwebtoken-long-lived
  const g = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "10h" });
  // ruleid: jsonwebtoken-long-lived
  const h = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: "HS256" });
  // ruleid: jsonwebtoken-long-lived
  const i = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: process.env.JWT_TTL || "30d" });
  return [a, b, c, d, e, f, g, h, i];
}

function issueShort(user) {
  // ok: jsonwebtoken-long-lived
  const a = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "15m" });
  // ok: jsonwebtoken-long-lived
  const b = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, shortOpts);
  // ok: jsonwebtoken-long-lived
  const c = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: 600 });
  // ok: jsonwebtoken-long-lived
  const d = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "3600" });
  // ok: jsonwebtoken-long-lived
  const e = jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 300 }, process.env.JWT_SECRET);
  // ok: jsonwebtoken-long-lived
  const refreshToken = jwt.sign({ sub: user.id }, process.env.REFRESH_SECRET, { expiresIn: "30d" });
  return [a, b, c, d, e, refreshToken];
}

// a bare id signed as an unguessable file name: no claims, not an access token
function screenshotName(monitor) {
  // ok: jsonwebtoken-long-lived
  return jwt.sign(monitor.id, process.env.FILE_KEY) + ".png";
}

// single-use sign-in link: the verifier rejects it 10 minutes after createdAt
function signInLink(user) {
  // ok: jsonwebtoken-long-lived
  return jwt.sign({ id: user.id, createdAt: new Date().toISOString(), type: "email-signin" }, user.jwtSecret);
}

// a custom expiry a day ahead and no exp: reported
function collaborationToken(user) {
  // ruleid: jsonwebtoken-long-lived
  return jwt.sign({ id: user.id, expiresAt: addHours(new Date(), 24).toISOString() }, user.jwtSecret);
}

function generateJWT(user) {
  const today = new Date();
  const exp = new Date(today);
  exp.setDate(today.getDate() + 60);

  // ruleid: jsonwebtoken-long-lived
  return jwt.sign({
    id: user.id,
    username: user.username,
    exp: parseInt(exp.getTime() / 1000, 10),
  }, process.env.JWT_SECRET);
}

function shortJWT(user) {
  const now = new Date();
  const exp = new Date(now);
  exp.setMinutes(now.getMinutes() + 10);
  // ok: jsonwebtoken-long-lived
  return jwt.sign({ id: user.id, exp: Math.floor(exp.getTime() / 1000) }, process.env.JWT_SECRET);
}

// a resolver file that uses the `jwt` module object without importing it here
function resolverLogin(dbresult) {
  const payload = { user: dbresult.username };
  // ruleid: jsonwebtoken-long-lived
  const options = { expiresIn: "2d", issuer: "https://api.example.com", algorithm: "HS256" };
  const secret = process.env.JWT_SECRET;
  const token = jwt.sign(payload, secret, options);
  return token;
}

// ruleid: jsonwebtoken-long-lived
const WEEK_IN_SECONDS = 60 * 60 * 24 * 7;
const QUARTER_HOUR = 60 * 15;
function issueWithConstant(user) {
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: WEEK_IN_SECONDS });
}
function issueWithShortConstant(user) {
  // ok: jsonwebtoken-long-lived
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: QUARTER_HOUR });
}

function customerToken(user) {
  const payload = { subject: user.id, username: user.username };
  const options = {
    // ruleid: jsonwebtoken-long-lived
    expiresIn: "5h",
  };
  return jwt.sign(payload, process.env.JWT_SECRET, options);
}

function createToken(user) {
  const token = jwt.sign({ email: user.email, _id: user._id }, process.env.JWT_SECRET, {
    // ruleid: jsonwebtoken-long-lived
    expiresIn: "30d",
  });
  return token;
}

// ruleid: jsonwebtoken-long-lived
const JWT_EXPIRY = process.env.JWT_EXPIRY || "7d";
const ACCESS_EXPIRY = process.env.ACCESS_EXPIRY || "10m";
function tokenFor(user) {
  return jwt.sign({ id: user.id }, process.env.JWT_SECRET, {
    subject: String(user.id),
    expiresIn: JWT_EXPIRY,
    algorithm: "HS256",
  });
}
function shortTokenFor(user) {
  // ok: jsonwebtoken-long-lived
  return jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: ACCESS_EXPIRY });
}

// jwt-simple has no expiresIn: the exp claim is computed with moment/dayjs
const jwtSimple = require('jwt-simple');
const moment = require('moment');

function createJWT(user) {
  var payload = {
    sub: user._id,
    iat: moment().unix(),
    // ruleid: jsonwebtoken-long-lived
    exp: moment().add(14, 'days').unix()
  };
  return jwtSimple.encode(payload, process.env.TOKEN_SECRET);
}

function createShortJWT(user) {
  var payload = {
    sub: user._id,
    // ok: jsonwebtoken-long-lived
    exp: moment().add(10, 'minutes').unix()
  };
  return jwtSimple.encode(payload, process.env.TOKEN_SECRET);
}

function createHourJWT(user) {
  return jwtSimple.encode({
    sub: user._id,
    // ruleid: jsonwebtoken-long-lived
    exp: dayjs().add(2, 'h').valueOf() / 1000,
  }, process.env.TOKEN_SECRET);
}

function createSecondsJWT(user) {
  return jwtSimple.encode({
    sub: user._id,
    // ok: jsonwebtoken-long-lived
    exp: moment().add(600, 'seconds').unix(),
  }, process.env.TOKEN_SECRET);
}

// the app's token helper takes the lifetime as a parameter that defaults to 30 days
const JWT = require("jsonwebtoken");
// ruleid: jsonwebtoken-long-lived
function makeJWT(info = {}, expiry = "30d") {
  return JWT.sign(info, process.env.JWT_SECRET, { expiresIn: expiry });
}

// ruleid: jsonwebtoken-long-lived
const makeToken = (payload, expiresIn = "7d") => jwt.sign(payload, process.env.JWT_SECRET, { expiresIn });

// a 15-minute default
// ok: jsonwebtoken-long-lived
function makeShortJWT(info = {}, expiry = "15m") {
  return JWT.sign(info, process.env.JWT_SECRET, { expiresIn: expiry });
}

// a default that is not the lifetime
// ok: jsonwebtoken-long-lived
function makeAudJWT(info = {}, audience = "30d-app") {
  return JWT.sign(info, process.env.JWT_SECRET, { expiresIn: "10m", audience });
}

// a presigned-upload signature, not a login token
function presignedPost(key) {
  // ok: jsonwebtoken-long-lived
  const sig = jwt.sign({ key, type: "attachment-upload" }, process.env.SECRET_KEY, { expiresIn: 3600 });
  return sig;
}

// a login token whose type is "access" stays in scope
function accessToken(user) {
  // ruleid: jsonwebtoken-long-lived
  return jwt.sign({ sub: user.id, type: "access" }, process.env.SECRET_KEY, { expiresIn: "7d" });
}

// a password-reset link token
export const ForgotPasswordJWT = async (data) => {
  // ok: jsonwebtoken-long-lived
  return jwt.sign(data, process.env.SECRET_KEY, { expiresIn: "1h" });
};

class InviteService {
  createInvitationToken(email) {
    // ok: jsonwebtoken-long-lived
    return jwt.sign({ email }, process.env.SECRET_KEY, { expiresIn: "30m" });
  }
  // a link token that lives for days is still a long-lived bearer credential
  signDownloadToken(fileId) {
    // ruleid: jsonwebtoken-long-lived
    return jwt.sign({ fileId, type: "download" }, process.env.SECRET_KEY, { expiresIn: "48h" });
  }
  // ruleid: jsonwebtoken-long-lived
  login(user) { return jwt.sign({ id: user.id }, process.env.SECRET_KEY, { expiresIn: "30d" }); }
}
