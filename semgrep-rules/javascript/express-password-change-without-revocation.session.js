// A session-based app (passport local, express-session): the only token in this controller
// module is the mailed password-reset token; no signed bearer token exists to revoke.
const crypto = require("crypto");

function createRandomToken(done) {
  crypto.randomBytes(16, (err, buf) => done(err, buf.toString("hex")));
}

const postUpdatePassword = async (req, res, next) => {
  const user = await User.findById(req.user.id);
  // ok: express-password-change-without-revocation
  user.password = req.body.password;
  await user.save();
  res.redirect("/account");
};

module.exports = { createRandomToken, postUpdatePassword };
