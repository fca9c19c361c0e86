import { Module } from "@nestjs/common";
import { JwtModule, JwtService } from "@nestjs/jwt";

@Module({
  imports: [
    JwtModule.register({
      secret: process.env.JWT_SECRET,
      // ruleid: nestjs-jwt-long-lived
      signOptions: { expiresIn: "7d" },
    }),
  ],
})
export class AuthModule {}

export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  issue(userId: string) {
    // ruleid: nestjs-jwt-long-lived
    return this.jwtService.sign({ sub: userId }, { expiresIn: 86400 });
  }
  issueShort(userId: string) {
    // ok: nestjs-jwt-long-lived
    return this.jwtService.signAsync({ sub: userId }, { expiresIn: "10m" });
  }
  issueRefresh(userId: string) {
    // ok: nestjs-jwt-long-lived
    const refreshToken = this.jwtService.sign({ sub: userId }, { secret: process.env.REFRESH_SECRET, expiresIn: "30d" });
    return refreshToken;
  }
}

export const jwtConfig = JwtModule.register({
  global: true,
  secret: process.env.JWT_SECRET,
  signOptions: {
    // ruleid: nestjs-jwt-long-lived
    expiresIn: "3d",
  },
});

export class SessionTokens {
  constructor(private jwtService: JwtService) {}
  async issue(user: { id: string }) {
    return this.jwtService.signAsync(
      { id: user.id },
      {
        secret: process.env.JWT_SECRET,
        // ruleid: nestjs-jwt-long-lived
        expiresIn: 60 * 60 * 24 * 7,
      },
    );
  }
  async issueRefresh(user: { id: string }) {
    // ok: nestjs-jwt-long-lived
    const refreshToken = await this.jwtService.signAsync(
      { id: user.id },
      { secret: process.env.REFRESH_SECRET, expiresIn: "30d" },
    );
    return refreshToken;
  }
  async generateAttachmentToken(opts: { attachmentId: string }) {
    const payload = { attachmentId: opts.attachmentId, type: "attachment" };
    // ok: nestjs-jwt-long-lived
    return this.jwtService.sign(payload, { expiresIn: "1h" });
  }
  async exportLink(taskId: string) {
    // ok: nestjs-jwt-long-lived
    return this.jwtService.sign({ taskId, type: "pdf-export-download" }, { expiresIn: "1h" });
  }
  async generateCollabToken(user: { id: string }) {
    // ruleid: nestjs-jwt-long-lived
    return this.jwtService.sign({ sub: user.id, type: "collab" }, { expiresIn: "24h" });
  }
}
