const jwt = require("jsonwebtoken");

function currentUser(req) {
  const token = req.headers.authorization.split(" ")[1];
  // ruleid: js-request-input-context
  return jwt.decode(token);
}

router.get("/admin", (req, res) => {
  const { session } = req.cookies;
  // ruleid: js-request-input-context
  const claims = jwt.decode(session, { json: true });
  res.json(claims);
});

async function authMiddleware(req, res, next) {
  // ruleid: js-request-input-context
  req.user = require("jsonwebtoken").decode(req.get("x-token"));
  next();
}

// the helper's parameter: where it comes from is the caller's business
function userFromToken(token) {
  // ok: js-request-input-context
  return jwt.decode(token);
}

// a token set the app fetched from its provider
async function callback(req, tokenSet) {
  // ok: js-request-input-context
  const profile = jwt.decode(tokenSet.id_token);
  const { id_token } = req.body;
  // ruleid: js-request-input-context
  return [profile, jwt.decode(id_token)];
}

io.use((socket, next) => {
  // ruleid: js-request-input-context
  socket.user = jwt.decode(socket.handshake.auth.token);
  next();
});

// Koa: what the context reads from the request
router.get("/koa", async (ctx) => {
  // ruleid: js-request-input-context
  ctx.body = jwt.decode(ctx.cookies.get("token"));
});

// h3 / Nuxt server routes
export default defineEventHandler((event) => {
  // ruleid: js-request-input-context
  return jwt.decode(getCookie(event, "token"));
});

// a canvas context is no request
function draw(ctx, image) {
  // ok: js-request-input-context
  return image.decode(ctx.canvas);
}
