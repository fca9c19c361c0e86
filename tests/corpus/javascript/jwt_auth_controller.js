// Controller functions wired in routes/auth.js (router.post("/logout", authController.logout)).
const jwt = require("jsonwebtoken");
const bcrypt = require("bcryptjs");
const User = require("../models/User");

const JWT_SECRET = process.env.JWT_SECRET;

exports.register = async (req, res) => {
  const hashed = await bcrypt.hash(req.body.password, 10);
  const user = await User.create({ email: req.body.email, password: hashed, dob: req.body.dob });
  // expect: jwt-sensitive-payload
  const token = jwt.sign({ id: user._id, email: user.email, password: hashed }, JWT_SECRET, { expiresIn: "15m" });
  res.status(201).json({ token });
};

exports.login = async (req, res) => {
  const user = await User.findOne({ email: req.body.email }).lean();
  if (!user || !(await bcrypt.compare(req.body.password, user.password))) {
    return res.status(401).json({ message: "Invalid credentials" });
  }
  // expect: jwt-sensitive-payload
  const token = jwt.sign({ ...user }, JWT_SECRET, { expiresIn: "15m" });
  res.json({ token });
};

exports.loginV2 = async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  // safe: jwt-sensitive-payload
  const token = jwt.sign({ id: user._id, role: user.role }, JWT_SECRET, { expiresIn: "15m" });
  res.json({ token });
};

exports.impersonate = async (req, res) => {
  const target = await User.findById(req.params.id);
  // expect: jwt-sensitive-payload
  const token = jwt.sign({ sub: target.id, user: target }, JWT_SECRET, { expiresIn: "5m" });
  res.json({ token });
};

exports.profileToken = async (req, res) => {
  const user = await User.findById(req.auth.id);
  const payload = {
    sub: user.id,
    // expect: jwt-sensitive-payload
    dateOfBirth: user.dob,
    // safe: jwt-sensitive-payload
    locale: user.locale,
  };
  res.json({ token: jwt.sign(payload, JWT_SECRET, { expiresIn: "5m" }) });
};

// expect: jwt-no-revocation
exports.logout = (req, res) => {
  res.clearCookie("jwt", { httpOnly: true, secure: true });
  res.status(200).json({ status: "success" });
};

exports.updatePassword = async (req, res) => {
  const user = await User.findById(req.auth.id).select("+password");
  // expect: jwt-no-revocation
  user.password = await bcrypt.hash(req.body.password, 12);
  await user.save();
  res.json({ status: "success" });
};

// safe: jwt-no-revocation
exports.resetPassword = async (req, res) => {
  const user = await User.findOne({ resetToken: req.params.token });
  user.password = await bcrypt.hash(req.body.password, 12);
  user.passwordChangedAt = Date.now();
  await user.save();
  res.json({ status: "success" });
};
