import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRedis } from '@nestjs-modules/ioredis';
import type Redis from 'ioredis';
import * as argon2 from 'argon2';
import { randomUUID, createHash } from 'node:crypto';
import { UsersService, User } from '../users/users.service';
import { RefreshTokenRepository } from './refresh-token.repository';

@Injectable()
export class AuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly refreshTokens: RefreshTokenRepository,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  async validateUser(email: string, password: string): Promise<User> {
    const user = await this.users.findByEmail(email);
    if (!user || !(await argon2.verify(user.passwordHash, password))) {
      throw new UnauthorizedException();
    }
    return user;
  }

  async login(user: User) {
    // safe: jwt-sensitive-payload
    const accessToken = await this.jwt.signAsync({ sub: user.id, roles: user.roles, tv: user.tokenVersion, jti: randomUUID() });
    const refreshToken = await this.issueRefreshToken(user.id);
    return { accessToken, refreshToken };
  }

  // Refresh tokens are opaque to clients, stored hashed and rotated on each use.
  private async issueRefreshToken(userId: string, family = randomUUID()) {
    const jti = randomUUID();
    const token = await this.jwt.signAsync(
      { sub: userId, jti, fam: family },
      // safe: jwt-long-lived
      { expiresIn: '14d', audience: 'orders-refresh' },
    );
    await this.refreshTokens.insert({ jti, family, userId, hash: createHash('sha256').update(token).digest('hex') });
    return token;
  }

  async rotate(refreshToken: string) {
    const claims = await this.jwt.verifyAsync<{ sub: string; jti: string; fam: string }>(refreshToken, {
      audience: 'orders-refresh',
    });
    const row = await this.refreshTokens.consume(claims.jti);
    if (!row) {
      await this.refreshTokens.revokeFamily(claims.fam);
      throw new UnauthorizedException('refresh token reuse');
    }
    const user = await this.users.findById(claims.sub);
    return { accessToken: (await this.login(user)).accessToken, refreshToken: await this.issueRefreshToken(user.id, claims.fam) };
  }

  async createSupportSession(user: User) {
    // expect: jwt-sensitive-payload
    return this.jwt.sign({ ...user, impersonated: true });
  }

  async createExportToken(user: User, exportId: string) {
    return this.jwt.sign(
      { sub: user.id, exp_id: exportId },
      // expect: jwt-long-lived
      { expiresIn: '12h' },
    );
  }

  async createBillingToken(user: User) {
    const payload = {
      sub: user.id,
      customer: user.stripeCustomerId,
      // expect: jwt-sensitive-payload
      card_number: user.defaultCardNumber,
    };
    return this.jwt.signAsync(payload, { expiresIn: '5m' });
  }

  async logout(jti: string, exp: number) {
    const ttl = Math.max(exp - Math.floor(Date.now() / 1000), 1);
    // safe: jwt-no-revocation
    await this.redis.set(`denylist:${jti}`, '1', 'EX', ttl);
  }

  async changePassword(userId: string, current: string, next: string) {
    const user = await this.users.findById(userId);
    if (!(await argon2.verify(user.passwordHash, current))) throw new UnauthorizedException();
    // safe: jwt-no-revocation
    await this.users.update(userId, { passwordHash: await argon2.hash(next), tokenVersion: user.tokenVersion + 1 });
    await this.refreshTokens.revokeAllForUser(userId);
  }

  async setPasswordFromRecovery(userId: string, next: string) {
    // expect: jwt-no-revocation
    await this.users.update(userId, { passwordHash: await argon2.hash(next) });
    return { updated: true };
  }
}
