import { Hono } from "hono";
import { decode, verify } from "hono/jwt";

const app = new Hono();

app.get("/me", (c) => {
  const raw = c.req.header("Authorization")?.slice(7) ?? "";
  // ruleid: jsonwebtoken-decode-without-verify
  const { payload } = decode(raw);
  return c.json({ user: payload.sub });
});

app.get("/verified", async (c) => {
  const raw = c.req.header("Authorization")?.slice(7) ?? "";
  // ok: jsonwebtoken-decode-without-verify
  const payload = await verify(raw, c.env.JWT_SECRET, "HS256");
  return c.json({ user: payload.sub });
});

app.get("/kid", async (c) => {
  const raw = c.req.header("Authorization")?.slice(7) ?? "";
  // ok: jsonwebtoken-decode-without-verify
  const { header } = decode(raw);
  const key = await keyFor(header.kid);
  const payload = await verify(raw, key, "RS256");
  return c.json({ user: payload.sub });
});

import { Injectable, UnauthorizedException } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";

@Injectable()
export class SessionService {
  constructor(private jwtService: JwtService, private users: UsersRepo) {}

  async validateUser(token: string) {
    // ruleid: jsonwebtoken-decode-without-verify
    const payload = await this.jwtService.decode(token);
    const user = await this.users.findById(payload.id);
    if (!user) throw new UnauthorizedException();
    return this.jwtService.signAsync({ id: user.id });
  }

  async checked(token: string) {
    // ok: jsonwebtoken-decode-without-verify
    const claims = this.jwtService.decode(token);
    const verified = await this.jwtService.verifyAsync(token);
    return this.users.findById(verified.id ?? claims.id);
  }

  expiresAt(token: string) {
    // ok: jsonwebtoken-decode-without-verify
    return this.jwtService.decode(token).exp;
  }
}

export class SocketTrace {
  constructor(private readonly jwt: JwtService, private readonly logger: Logger) {}

  whoami(client: { id: string; handshake: { auth?: { token?: string } } }) {
    const raw = String(client.handshake.auth?.token ?? '');
    // issuer read for a trace line only: identity comes from the verified handshake
    // ok: jsonwebtoken-decode-without-verify
    const { iss } = this.jwt.decode(raw) ?? {};
    this.logger.verbose(`socket ${client.id} token issuer ${iss}`);
  }

  roles(token: string) {
    // ruleid: jsonwebtoken-decode-without-verify
    const { iss, roles } = this.jwt.decode(token);
    return roles.includes('operator') && iss === 'https://login.example';
  }
}
