// User model of a self-hosted monitor: login tokens carry a fingerprint of the
// password hash that the socket auth handler compares on every connection, so a
// password change invalidates every token issued before it.
const crypto = require("crypto");
const bcrypt = require("bcryptjs");
const jwt = require("jsonwebtoken");
const { db } = require("../database");

const fingerprint = (hash) => crypto.createHash("sha256").update(hash).digest("hex").slice(0, 32);

class User {
  constructor(row) {
    Object.assign(this, row);
  }

  async resetPassword(newPassword) {
    const hashed = await bcrypt.hash(newPassword, 12);
    // safe: jwt-no-revocation
    await db.run("UPDATE user SET password = ? WHERE id = ?", [hashed, this.id]);
    this.password = hashed;
  }

  static createJWT(user, secret) {
    return jwt.sign(
      {
        username: user.username,
        h: sha256Hex(user.password),
      },
      secret,
      { expiresIn: "15m", algorithm: "HS256" },
    );
  }

  static matchesFingerprint(user, claims) {
    return claims.h === fingerprint(user.password);
  }
}

function sha256Hex(value) {
  return fingerprint(value);
}

module.exports = User;
