import { Module, Injectable } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule, PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { UsersModule } from '../users/users.module';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { AuthController } from './auth.controller';

export interface AccessTokenPayload {
  sub: string;
  roles: string[];
  tv: number;
}

export const legacyJwtConstants = {
  // expect: jwt-weak-secret
  secret: 'nestjs-legacy-secret',
};

@Injectable()
export class AccessTokenStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: ConfigService, private readonly users: UsersService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // safe: jwt-claims-not-validated
      ignoreExpiration: false,
      // safe: jwt-weak-secret
      secretOrKey: config.getOrThrow<string>('JWT_ACCESS_SECRET'),
      // safe: jwt-none-algorithm
      algorithms: ['HS256'],
      issuer: config.getOrThrow<string>('JWT_ISSUER'),
      audience: 'orders-api',
    });
  }

  async validate(payload: AccessTokenPayload) {
    const user = await this.users.findById(payload.sub);
    if (!user || user.tokenVersion !== payload.tv) return null;
    return { id: user.id, roles: payload.roles };
  }
}

// Accepts tokens from the v1 mobile app until it is retired.
@Injectable()
export class LegacyMobileStrategy extends PassportStrategy(Strategy, 'legacy-mobile') {
  constructor() {
    // expect: jwt-claims-not-validated
    super({
      jwtFromRequest: ExtractJwt.fromHeader('x-mobile-token'),
      secretOrKey: legacyJwtConstants.secret,
      algorithms: ['HS256'],
    });
  }

  validate(payload: { sub: string }) {
    return { id: payload.sub, legacy: true };
  }
}

@Module({
  imports: [
    ConfigModule,
    UsersModule,
    PassportModule,
    JwtModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        // safe: jwt-weak-secret
        secret: config.getOrThrow<string>('JWT_ACCESS_SECRET'),
        signOptions: {
          algorithm: 'HS256',
          // safe: jwt-long-lived
          expiresIn: '15m',
          issuer: config.getOrThrow<string>('JWT_ISSUER'),
          audience: 'orders-api',
        },
        verifyOptions: { algorithms: ['HS256'], audience: 'orders-api', issuer: config.getOrThrow<string>('JWT_ISSUER') },
      }),
    }),
  ],
  providers: [AuthService, AccessTokenStrategy, LegacyMobileStrategy],
  controllers: [AuthController],
  exports: [AuthService],
})
export class AuthModule {}

@Module({
  imports: [
    JwtModule.register({
      // expect: jwt-weak-secret
      secret: process.env.REPORTS_JWT_SECRET ?? 'reports-dev-secret',
      signOptions: {
        // expect: jwt-long-lived
        expiresIn: '1d',
        issuer: 'orders-api',
        audience: 'reports',
      },
      verifyOptions: { algorithms: ['HS256'], issuer: 'orders-api', audience: 'reports' },
    }),
  ],
})
export class ReportsTokenModule {}
