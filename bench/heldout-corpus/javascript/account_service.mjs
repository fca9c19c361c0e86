import jwt from 'jsonwebtoken';
import bcrypt from 'bcryptjs';
import { readFileSync } from 'node:fs';
import { db } from './db.mjs';
import { keyStore } from './keystore.mjs';

const PRIVATE_KEY = readFileSync(process.env.JWT_PRIVATE_KEY_PATH, 'utf8');
const PUBLIC_KEY = readFileSync(process.env.JWT_PUBLIC_KEY_PATH, 'utf8');
const TOKEN_OPTS = { algorithm: 'RS256', issuer: 'accounts', audience: 'portal', expiresIn: '10m' };

export class AccountService {
  async createSessionToken(userId) {
    const user = await db.users.findById(userId);
    // expect: jwt-sensitive-payload
    return jwt.sign(user.toJSON(), PRIVATE_KEY, TOKEN_OPTS);
  }

  async createSupportToken(userId) {
    const user = await db.users.findById(userId);
    const claims = {
      sub: user.id,
      tenant: user.tenantId,
      // expect: jwt-sensitive-payload
      ssn: user.taxId,
    };
    return jwt.sign(claims, PRIVATE_KEY, TOKEN_OPTS);
  }

  async createApiToken(userId, scopes) {
    const user = await db.users.findById(userId);
    // safe: jwt-sensitive-payload
    return jwt.sign({ sub: user.id, roles: user.roles, scope: scopes.join(' '), tenant: user.tenantId, tv: user.tokenVersion }, PRIVATE_KEY, TOKEN_OPTS);
  }

  // Used by the admin panel to decide whether to show privileged actions.
  isAdmin(bearer) {
    // expect: jwt-signature-not-verified
    const claims = jwt.decode(bearer);
    return Boolean(claims && claims.roles && claims.roles.includes('admin'));
  }

  // Partner tokens may be signed with one of several rotating keys.
  async verifyPartnerToken(token) {
    // safe: jwt-signature-not-verified
    const { header } = jwt.decode(token, { complete: true });
    const key = await keyStore.getPublicKey(header.kid);
    return jwt.verify(token, key, { algorithms: ['RS256'], issuer: 'partners', audience: 'portal' });
  }

  verifyPortalToken(token) {
    return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'accounts', audience: 'portal' });
  }

  async changePassword(userId, currentPassword, newPassword) {
    const user = await db.users.findById(userId);
    if (!(await bcrypt.compare(currentPassword, user.passwordHash))) {
      throw new Error('current password is wrong');
    }
    const passwordHash = await bcrypt.hash(newPassword, 12);
    // expect: jwt-no-revocation
    await db.users.update(userId, { passwordHash });
    return { ok: true };
  }

  async resetPassword(userId, newPassword) {
    const passwordHash = await bcrypt.hash(newPassword, 12);
    const user = await db.users.findById(userId);
    // safe: jwt-no-revocation
    await db.users.update(userId, { passwordHash, tokenVersion: user.tokenVersion + 1 });
    return { ok: true };
  }

  async assertTokenCurrent(claims) {
    const user = await db.users.findById(claims.sub);
    if (!user || user.tokenVersion !== claims.tv) {
      throw new Error('token revoked');
    }
    return user;
  }
}

export default new AccountService();
