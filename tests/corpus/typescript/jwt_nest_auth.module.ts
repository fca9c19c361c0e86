// NestJS auth module: JwtModule, passport-jwt strategy, service and controller.
import { Body, Controller, Injectable, Module, Post, Res, UseGuards } from "@nestjs/common";
import { ConfigModule, ConfigService } from "@nestjs/config";
import { JwtModule, JwtService } from "@nestjs/jwt";
import { AuthGuard, PassportModule, PassportStrategy } from "@nestjs/passport";
import { ExtractJwt, Strategy } from "passport-jwt";
import type { Response } from "express";
import { UsersService } from "../users/users.service";

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    // safe: jwt-weak-secret, jwt-claims-not-validated
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: config.getOrThrow<string>("JWT_SECRET"),
      algorithms: ["HS256"],
      issuer: "billing-auth",
      audience: "billing-api",
    });
  }
  validate(payload: { sub: string }) {
    return { userId: payload.sub };
  }
}

@Injectable()
export class LegacyJwtStrategy extends PassportStrategy(Strategy, "legacy") {
  constructor() {
    // expect: jwt-weak-secret, jwt-none-algorithm
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // expect: jwt-claims-not-validated
      ignoreExpiration: true,
      secretOrKey: "legacy-nest-secret",
    });
  }
  validate(payload: { sub: string }) {
    return { userId: payload.sub };
  }
}

@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService, private readonly users: UsersService) {}

  async login(email: string) {
    const user = await this.users.findByEmail(email);
    // expect: jwt-sensitive-payload
    const accessToken = await this.jwtService.signAsync({ sub: user.id, email: user.email, passwordHash: user.passwordHash });
    return { accessToken };
  }

  async loginSafe(email: string) {
    const user = await this.users.findByEmail(email);
    // safe: jwt-sensitive-payload, jwt-long-lived
    const accessToken = await this.jwtService.signAsync({ sub: user.id, roles: user.roles }, { expiresIn: "15m" });
    return { accessToken };
  }

  async issueLongToken(userId: string) {
    // expect: jwt-long-lived
    return this.jwtService.signAsync({ sub: userId }, { expiresIn: "12h" });
  }
}

@Controller("auth")
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post("login")
  async login(@Body() body: { email: string }, @Res({ passthrough: true }) res: Response) {
    const { accessToken } = await this.auth.login(body.email);
    res.cookie("access_token", accessToken, { httpOnly: true, secure: true, sameSite: "strict" });
    return { ok: true };
  }

  // expect: jwt-no-revocation
  @Post("logout")
  @UseGuards(AuthGuard("jwt"))
  logout(@Res({ passthrough: true }) res: Response) {
    res.clearCookie("access_token");
    return { ok: true };
  }
}

@Module({
  imports: [
    ConfigModule,
    PassportModule,
    JwtModule.register({
      // expect: jwt-weak-secret
      secret: "nest-hardcoded-signing-secret",
      // expect: jwt-long-lived
      signOptions: { expiresIn: "1d" },
    }),
  ],
  providers: [AuthService, JwtStrategy, LegacyJwtStrategy],
  controllers: [AuthController],
})
export class AuthModule {}

@Module({
  imports: [
    JwtModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      // safe: jwt-weak-secret, jwt-long-lived
      useFactory: (config: ConfigService) => ({ secret: config.getOrThrow("JWT_SECRET"), signOptions: { expiresIn: "15m" } }),
    }),
  ],
})
export class SecureAuthModule {}
