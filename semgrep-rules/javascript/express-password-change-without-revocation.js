const express = require("express");
const bcrypt = require("bcrypt");
const jwt = require("jsonwebtoken");

const router = express.Router();

router.post("/account/password", async (req, res) => {
  const user = await User.findById(req.auth.sub);
  // ruleid: express-password-change-without-revocation
  user.passwordHash = await bcrypt.hash(req.body.newPassword, 12);
  await user.save();
  res.sendStatus(204);
});

// ok: express-password-change-without-revocation
router.post("/account/change-password", async (req, res) => {
  const user = await User.findById(req.auth.sub);
  user.passwordHash = await bcrypt.hash(req.body.newPassword, 12);
  user.tokenVersion += 1;
  await user.save();
  res.sendStatus(204);
});

// the route path does not name the password, the handler reads the new one from the request
router.post("/", [requireToken], (req, res) => {
  const { password: current, new_password: next } = req.body;
  Users.findOne({ where: { id: req.userId } }).then((user) => {
    if (user.password !== current) return res.status(400).json({ message: "wrong password" });
    // ruleid: express-password-change-without-revocation
    Users.update({
      password: next,
    }, { where: { id: user.id } }).then(() => res.json({ message: "changed" }));
  });
});

// ok: express-password-change-without-revocation
router.post("/password/forgot", async (req, res) => {
  // stores a one-time reset token; the password itself is not changed here
  await Users.update({ email: req.body.email }, { reset_password_token: randomToken(), reset_password_expires: soon() });
  res.json({ message: "sent" });
});

// ok: express-password-change-without-revocation
router.post("/register", async (req, res) => {
  const user = new Users({ email: req.body.email });
  user.password = await bcrypt.hash(req.body.password, 12);
  await user.save();
  res.status(201).json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "15m" }) });
});

const resetPassword = async (resetPasswordToken, newPassword) => {
  const doc = await tokenService.verifyToken(resetPasswordToken, "resetPassword");
  // ruleid: express-password-change-without-revocation
  await userService.updateUserById(doc.user, { password: newPassword });
  await Token.deleteMany({ user: doc.user, type: "resetPassword" });
};

const resetPasswordAndSignOut = async (resetPasswordToken, newPassword) => {
  const doc = await tokenService.verifyToken(resetPasswordToken, "resetPassword");
  // ok: express-password-change-without-revocation
  await userService.updateUserById(doc.user, { password: newPassword });
  await Token.deleteMany({ user: doc.user });
};

class AccountService {
  async resetPassword(email, newPassword) {
    // ruleid: express-password-change-without-revocation
    const query = `UPDATE users SET password = '${newPassword}' WHERE email = '${email}'`;
    await this.db.$queryRawUnsafe(query);
  }
}

class UserModel {
  async setPassword(newPassword) {
    const hashed = await bcrypt.hash(newPassword, 12);
    // ruleid: express-password-change-without-revocation
    await this.db.exec("UPDATE users SET password = ? WHERE id = ?", [hashed, this.id]);
    // the in-memory copy of the same write is not a second finding
    this.password = hashed;
  }
}

module.exports = { router, resetPassword, resetPasswordAndSignOut, AccountService, UserModel };

// a general user update behind passport-jwt that can change the password
app.put('/users/:username', passport.authenticate('jwt', { session: false }),
(req, res) => {
    let hashedPassword = Users.hashPassword(req.body.password);
    // ruleid: express-password-change-without-revocation
    Users.findOneAndUpdate({ username: req.params.username },
      { $set: { username: req.body.username, password: hashedPassword, email: req.body.email } },
      { new: true },
      (err, userUpdated) => {
        if (err) { res.status(500).send('Error: ' + err); } else { res.json(userUpdated); }
      });
  });

// the same update that also bumps the token version
app.put('/v2/users/:username', passport.authenticate('jwt', { session: false }),
(req, res) => {
    let hashedPassword = Users.hashPassword(req.body.password);
    // ok: express-password-change-without-revocation
    Users.findOneAndUpdate({ username: req.params.username },
      { $set: { password: hashedPassword }, $inc: { tokenVersion: 1 } },
      { new: true },
      (err, userUpdated) => res.json(userUpdated));
  });

// a session-authenticated profile update: no JWT to revoke
app.put('/profile', ensureLoggedIn, (req, res) => {
    // ok: express-password-change-without-revocation
    User.findOneAndUpdate({ _id: req.user.id }, { $set: { password: hash(req.body.password) } }, () => res.redirect('/'));
});

// controllers exported from their own module (the routes file mounts them behind the JWT
// middleware); this module issues the token cookie
const generateToken = require('../utils/generateToken');

const updateUserProfile = asyncHandler(async (req, res) => {
  const user = await User.findById(req.user._id);
  user.name = req.body.name || user.name;
  // ruleid: express-password-change-without-revocation
  if (req.body.password) {
    user.password = req.body.password;
  }
  const updatedUser = await user.save();
  res.json({ _id: updatedUser._id, name: updatedUser.name });
});

const updateUser = async (req, res, next) => {
  if (req.body.password) {
    req.body.password = bcryptjs.hashSync(req.body.password, 10);
  }
  // ruleid: express-password-change-without-revocation
  const updatedUser = await User.findByIdAndUpdate(req.params.id, {
    $set: { username: req.body.username, password: req.body.password },
  }, { new: true });
  res.status(200).json(updatedUser);
};

// registration stores the first password: there is no earlier token to revoke
const registerUser = asyncHandler(async (req, res) => {
  const user = new User();
  // ok: express-password-change-without-revocation
  user.password = req.body.password;
  await user.save();
  generateToken(res, user._id);
  res.status(201).json({ _id: user._id });
});

// the update bumps the token version that the JWT middleware checks
const updateProfileWithVersion = asyncHandler(async (req, res) => {
  const user = await User.findById(req.user._id);
  // ok: express-password-change-without-revocation
  user.password = req.body.password;
  user.tokenVersion += 1;
  await user.save();
  res.json({ ok: true });
});
