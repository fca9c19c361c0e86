const express = require('express');
const session = require('express-session');
const bcrypt = require('bcrypt');
const router = express.Router();

router.post('/auth/signin', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  const ok = await bcrypt.compare(req.body.password, user.passwordHash);
  if (!ok) return res.status(401).end();
  // ruleid: express-session-fixation
  req.session.userId = user.id;
  res.redirect('/');
});

router.post('/login2', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user && (await user.comparePassword(req.body.password))) {
    // ruleid: express-session-fixation
    req.session.user = { id: user.id, role: user.role };
    return res.json({ ok: true });
  }
  res.sendStatus(401);
});

router.post('/login3', async (req, res, next) => {
  const user = await User.findOne({ email: req.body.email });
  const ok = await bcrypt.compare(req.body.password, user.passwordHash);
  if (!ok) return res.status(401).end();
  req.session.regenerate((err) => {
    if (err) return next(err);
    // ok: express-session-fixation
    req.session.userId = user.id;
    res.redirect('/');
  });
});

router.post('/login4', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  const ok = await argon2.verify(user.hash, req.body.password);
  if (!ok) return res.status(401).end();
  await new Promise((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
  // ok: express-session-fixation
  req.session.userId = user.id;
  res.redirect('/');
});

router.post('/cart', (req, res) => {
  // ok: express-session-fixation
  req.session.user = req.body.guestName;
  res.end();
});

router.post('/login5', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  const ok = user ? await bcrypt.compare(req.body.password, user.hash) : false;
  if (!ok) return res.sendStatus(401);
  // ruleid: express-session-fixation
  req.session.account = user.id;
  res.end();
});

router.post('/login6', async (req, res) => {
  const user = await authService.validateUser(req.body.email, req.body.password);
  if (!user) return res.sendStatus(401);
  // ruleid: express-session-fixation
  req.session.user = user;
  res.end();
});

// a plain comparison against the stored password, flag key
router.post('/signin-basic', (req, res) => {
  const account = accounts[req.body.login];
  if (!account || account.password !== req.body.password) {
    return res.sendStatus(401);
  }
  // ruleid: express-session-fixation
  req.session.isLoggedIn = true;
  res.end();
});

// a promise-returning helper that receives the password
router.post('/signin-promise', (req, res) => {
  checkLogin(req.body.login, req.body.password).then((acct) => {
    // ruleid: express-session-fixation
    req.session.user_name = acct.name;
    res.redirect('/');
  });
});

// a callback-style DAO that receives the password
router.post('/signin-callback', (req, res, next) => {
  accountsDao.validate(req.body.login, req.body.password, (err, acct) => {
    if (err) return next(err);
    // ruleid: express-session-fixation
    req.session.accountId = acct.id;
    res.redirect('/home');
  });
});

// sign-up logs the new account into the session it arrived with
router.post('/signup', async (req, res) => {
  const digest = await bcrypt.hash(req.body.password, 12);
  const acct = await Account.create({ email: req.body.email, digest });
  // ruleid: express-session-fixation
  req.session.userId = acct.id;
  res.status(201).end();
});

// sign-up that rotates the id first
router.post('/signup-rotated', async (req, res, next) => {
  const digest = await bcrypt.hash(req.body.password, 12);
  const acct = await Account.create({ email: req.body.email, digest });
  req.session.regenerate((err) => {
    if (err) return next(err);
    // ok: express-session-fixation
    req.session.userId = acct.id;
    res.status(201).end();
  });
});

// a preference write next to a password-confirmation field is not a login
router.post('/prefs', (req, res) => {
  if (req.body.newPassword !== req.body.confirmPassword) return res.sendStatus(400);
  // ok: express-session-fixation
  req.session.theme = req.body.theme;
  res.end();
});

// the session handed to a login-success helper after the credential lookup
function finishAdminLogin(target, session, name, res) {
  // ruleid: express-session-fixation
  session.loggedIn = true;
  return res.redirect(target || "/admin");
}

app.post("/admin/login", (req, res) => {
  Admin.findOne({ name: req.body.name, password: req.body.password }, (err, admin) => {
    if (!admin) return res.sendStatus(401);
    return finishAdminLogin(req.body.next, req.session, admin.name, res);
  });
});

// the session through a local alias, after a bcrypt check
app.post("/member/login", async (req, res) => {
  const member = await Members.byEmail(req.body.email);
  const sess = req.session;
  if (member && (await bcrypt.compare(req.body.password, member.hash))) {
    // ruleid: express-session-fixation
    sess.memberId = member.id;
    return res.redirect("/");
  }
  res.sendStatus(401);
});

// a helper that only stores a display preference in the session it is handed
function rememberTheme(session, theme) {
  // ok: express-session-fixation
  session.theme = theme;
}

// a login helper that regenerates before writing the user
function completeLogin(req, session, user, done) {
  req.session.regenerate((err) => {
    if (err) return done(err);
    // ok: express-session-fixation
    req.session.userId = user.id;
    done();
  });
}

// a setup step that marks the first user record as admin before saving it: the
// parameter is a user, not a session
async function setupFirstUser(user) {
  if (!user.password) throw new Error("Password missing.");
  // ok: express-session-fixation
  user.admin = true;
  return Users.add(user, await bcrypt.hash(user.password, 10));
}
