import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { randomUUID } from 'crypto';
import { Repository } from 'typeorm';

import { RefreshToken } from './refresh-token.entity';
import { User } from '../users/user.entity';

export interface AccessPayload {
  sub: string;
  roles: string[];
  ver: number;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly jwtService: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
  ) {}

  async validateUser(email: string, password: string): Promise<User> {
    const user = await this.users.findOneBy({ email: email.toLowerCase() });
    if (!user || !(await argon2.verify(user.passwordHash, password))) {
      throw new UnauthorizedException();
    }
    return user;
  }

  async issueTokens(user: User) {
    const payload: AccessPayload = { sub: user.id, roles: user.roles, ver: user.tokenVersion };
    // safe: jwt-sensitive-payload
    // safe: jwt-long-lived
    const accessToken = await this.jwtService.signAsync(payload);
    const jti = randomUUID();
    await this.refreshTokens.insert({ jti, userId: user.id, expiresAt: new Date(Date.now() + 7 * 86_400_000) });
    // safe: jwt-long-lived
    const refreshToken = await this.jwtService.signAsync({ sub: user.id, jti }, { expiresIn: '7d', audience: 'invoicer-refresh' });
    return { accessToken, refreshToken };
  }

  async rotate(refreshToken: string) {
    const { sub, jti } = await this.jwtService.verifyAsync<{ sub: string; jti: string }>(refreshToken, {
      audience: 'invoicer-refresh',
    });
    const stored = await this.refreshTokens.findOneBy({ jti, revoked: false });
    if (!stored) throw new UnauthorizedException();
    await this.refreshTokens.update({ jti }, { revoked: true });
    return this.issueTokens(await this.users.findOneByOrFail({ id: sub }));
  }

  async issueSupportImpersonationToken(agentId: string, user: User) {
    // expect: jwt-sensitive-payload
    return this.jwtService.signAsync({ ...user, actingAgent: agentId });
  }

  async changePassword(userId: string, current: string, next: string) {
    const user = await this.users.findOneByOrFail({ id: userId });
    if (!(await argon2.verify(user.passwordHash, current))) throw new UnauthorizedException();
    // expect: jwt-no-revocation
    await this.users.update({ id: userId }, { passwordHash: await argon2.hash(next) });
  }

  async resetPassword(userId: string, next: string) {
    // safe: jwt-no-revocation
    await this.users.update({ id: userId }, { passwordHash: await argon2.hash(next), tokenVersion: () => '"tokenVersion" + 1' });
    await this.refreshTokens.update({ userId }, { revoked: true });
  }

  async revokeAll(userId: string) {
    await this.users.increment({ id: userId }, 'tokenVersion', 1);
    await this.refreshTokens.update({ userId }, { revoked: true });
  }
}
