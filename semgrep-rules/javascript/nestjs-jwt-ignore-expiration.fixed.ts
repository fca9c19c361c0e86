import { JwtModule, JwtService } from "@nestjs/jwt";

// ruleid: nestjs-jwt-ignore-expiration
export const jwtModule = JwtModule.register({ secret: process.env.JWT_SECRET, verifyOptions: { ignoreExpiration: false } });

export class Guard {
  constructor(private jwtService: JwtService) {}
  check(token: string) {
    // ruleid: nestjs-jwt-ignore-expiration
    return this.jwtService.verify(token, { ignoreExpiration: false });
  }
  strict(token: string) {
    // ok: nestjs-jwt-ignore-expiration
    return this.jwtService.verify(token, { algorithms: ["HS256"] });
  }
}
