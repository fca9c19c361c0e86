const express = require("express");
const bcrypt = require("bcrypt");
const jwt = require("jsonwebtoken");

const router = express.Router();

// ruleid: express-password-change-without-revocation
router.post("/account/password", async (req, res) => {
  const user = await User.findById(req.auth.sub);
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

module.exports = router;
