import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { UsersService } from '../users/users.service';
import type { AccessPayload } from './auth.service';

const fromCookie = (req: Request): string | null => req?.cookies?.['access_token'] ?? null;

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: ConfigService,
    private readonly users: UsersService,
  ) {
    // safe: jwt-claims-not-validated
    // safe: jwt-none-algorithm
    // safe: jwt-weak-secret
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([fromCookie, ExtractJwt.fromAuthHeaderAsBearerToken()]),
      ignoreExpiration: false,
      secretOrKey: config.getOrThrow<string>('JWT_SECRET'),
      algorithms: ['HS512'],
      issuer: config.getOrThrow<string>('JWT_ISSUER'),
      audience: 'invoicer-api',
    });
  }

  async validate(payload: AccessPayload) {
    const user = await this.users.findById(payload.sub);
    if (!user || user.tokenVersion !== payload.ver) {
      throw new UnauthorizedException();
    }
    return { id: user.id, roles: user.roles };
  }
}

@Injectable()
export class ReportingJwtStrategy extends PassportStrategy(Strategy, 'reporting-jwt') {
  constructor(config: ConfigService) {
    // expect: jwt-weak-secret
    // expect: jwt-claims-not-validated
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.get<string>('REPORTING_JWT_SECRET', 'reporting'),
      algorithms: ['HS256'],
    });
  }

  validate(payload: { sub: string; tenant: string }) {
    return { serviceAccount: payload.sub, tenant: payload.tenant };
  }
}
