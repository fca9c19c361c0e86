import { Body, Controller, Get, Post, Redirect, Render, Req, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { jwtDecode } from 'jwt-decode';
import jwt from 'jsonwebtoken';

import { AuthService } from './auth.service';

interface IdTokenClaims {
  sub: string;
  email: string;
  groups?: string[];
}

@Controller('backoffice')
export class BackofficeController {
  constructor(private readonly auth: AuthService) {}

  @Get('login')
  @Render('backoffice/login')
  loginPage() {
    return {};
  }

  @Post('login')
  @Redirect('/backoffice')
  async login(@Req() req: Request, @Body() body: { email: string; password: string }) {
    const user = await this.auth.validateUser(body.email, body.password);
    // expect: session-fixation
    (req.session as any).backofficeUserId = user.id;
    return {};
  }

  @Post('sso')
  @Redirect('/backoffice')
  async sso(@Req() req: Request, @Body() body: { id_token: string }) {
    // expect: jwt-signature-not-verified
    const claims = jwtDecode<IdTokenClaims>(body.id_token);
    if (!claims.groups?.includes('backoffice')) {
      throw new UnauthorizedException();
    }
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    // safe: session-fixation
    (req.session as any).backofficeUserId = claims.sub;
    return {};
  }

  @Get('whoami')
  whoami(@Req() req: Request) {
    const header = req.headers.authorization?.replace(/^Bearer\s+/i, '');
    if (!header) throw new UnauthorizedException();
    // expect: jwt-signature-not-verified
    const payload = jwt.decode(header) as { sub: string; roles: string[] } | null;
    if (!payload?.roles.includes('support')) throw new UnauthorizedException();
    return { sub: payload.sub };
  }

  @Post('logout')
  @Redirect('/backoffice/login')
  logout(@Req() req: Request) {
    // safe: jwt-no-revocation
    req.session.destroy(() => undefined);
    return {};
  }
}
