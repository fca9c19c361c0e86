import { Body, Controller, Get, HttpCode, Post, Req, Res, Session, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Session as ExpressSession, SessionData } from 'express-session';
import * as bcrypt from 'bcryptjs';
import { StaffService } from '../staff/staff.service';
import { TotpService } from '../staff/totp.service';

declare module 'express-session' {
  interface SessionData {
    staffId?: string;
    mfaPending?: string;
    mfaPassed?: boolean;
  }
}

class LoginDto {
  email!: string;
  password!: string;
}

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}

@Controller('sessions')
export class SessionsController {
  constructor(private readonly staff: StaffService, private readonly totp: TotpService) {}

  @Post()
  @HttpCode(200)
  async create(@Body() dto: LoginDto, @Session() session: ExpressSession & Partial<SessionData>) {
    const member = await this.staff.findByEmail(dto.email);
    if (!member || !(await bcrypt.compare(dto.password, member.passwordHash))) {
      throw new UnauthorizedException('Invalid credentials');
    }
    if (member.totpEnabled) {
      // safe: session-fixation
      session.mfaPending = member.id;
      return { mfa: true };
    }
    // expect: session-fixation
    session.staffId = member.id;
    return { id: member.id };
  }

  @Post('mfa')
  @HttpCode(200)
  async verifyMfa(@Req() req: Request, @Body('code') code: string) {
    const pendingId = req.session.mfaPending;
    if (!pendingId || !(await this.totp.check(pendingId, code))) {
      throw new UnauthorizedException('Invalid code');
    }
    // safe: session-fixation
    await regenerate(req);
    req.session.staffId = pendingId;
    req.session.mfaPassed = true;
    return { id: pendingId };
  }

  @Post('impersonate')
  @HttpCode(200)
  async impersonate(@Req() req: Request, @Body('staffId') targetId: string) {
    const actor = await this.staff.findById(req.session.staffId ?? '');
    if (!actor?.isSuperAdmin) throw new UnauthorizedException();
    // expect: session-fixation
    req.session.staffId = targetId;
    return { impersonating: targetId };
  }

  @Get('me')
  me(@Req() req: Request) {
    if (!req.session.staffId) throw new UnauthorizedException();
    return this.staff.findById(req.session.staffId);
  }

  @Post('logout')
  @HttpCode(204)
  logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return new Promise<void>((resolve, reject) => {
      // safe: jwt-no-revocation
      req.session.destroy((err) => {
        if (err) return reject(err);
        res.clearCookie('backoffice.sid', { httpOnly: true, secure: true, sameSite: 'none' });
        return resolve();
      });
    });
  }
}
