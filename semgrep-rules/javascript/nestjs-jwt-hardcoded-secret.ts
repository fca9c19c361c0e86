import { Module } from "@nestjs/common";
import { JwtModule, JwtService } from "@nestjs/jwt";
import { ConfigService } from "@nestjs/config";

@Module({
  imports: [
    // ruleid: nestjs-jwt-hardcoded-secret
    JwtModule.register({ secret: "nest-jwt-secret", signOptions: { expiresIn: "15m" } }),
    JwtModule.registerAsync({
      inject: [ConfigService],
      // ok: nestjs-jwt-hardcoded-secret
      useFactory: (config: ConfigService) => ({ secret: config.getOrThrow("JWT_SECRET"), signOptions: { expiresIn: "15m" } }),
    }),
  ],
})
export class AuthModule {}

export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  issue(userId: string) {
    // ruleid: nestjs-jwt-hardcoded-secret
    return this.jwtService.sign({ sub: userId }, { secret: process.env.JWT_SECRET || "fallback" });
  }
}

export const tokensModule = JwtModule.register({
  global: true,
  // ruleid: nestjs-jwt-hardcoded-secret
  secret: "jwtConstants.secret",
  signOptions: { expiresIn: "15m" },
});

export class OrderTokens {
  constructor(private jwtService: JwtService) {}
  generate(payload: unknown): string {
    return this.jwtService.sign(
      { sub: payload },
      // ruleid: nestjs-jwt-hardcoded-secret
      { secret: "placeholder-secret" },
    );
  }
}

@Module({
  imports: [
    JwtModule.register({
      // ruleid: nestjs-jwt-hardcoded-secret
      secret: process.env.NODE_ENV === "production" ? process.env.JWT_SECRET : "dev-secret",
      signOptions: { expiresIn: "15m" },
    }),
  ],
})
export class StagedAuthModule {}
