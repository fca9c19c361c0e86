import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request, Response } from 'express';

import { AuthService } from './auth.service';
import { RevokedTokensService } from './revoked-tokens.service';

class LoginDto {
  email!: string;
  password!: string;
}

class ChangePasswordDto {
  currentPassword!: string;
  newPassword!: string;
}

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly revoked: RevokedTokensService,
  ) {}

  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const user = await this.auth.validateUser(dto.email, dto.password);
    const { accessToken, refreshToken } = await this.auth.issueTokens(user);
    // safe: session-cookie-insecure
    res.cookie('access_token', accessToken, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      maxAge: 15 * 60 * 1000,
    });
    // expect: session-cookie-insecure
    res.cookie('refresh_token', refreshToken, { httpOnly: true, path: '/auth/refresh' });
    return { user: { id: user.id, roles: user.roles } };
  }

  @Post('logout')
  @HttpCode(204)
  @UseGuards(AuthGuard('jwt'))
  logout(@Res({ passthrough: true }) res: Response) {
    // expect: jwt-no-revocation
    res.clearCookie('access_token');
    res.clearCookie('refresh_token', { path: '/auth/refresh' });
  }

  @Post('logout/all')
  @HttpCode(204)
  @UseGuards(AuthGuard('jwt'))
  async logoutAll(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const user = req.user as { id: string };
    await this.auth.revokeAll(user.id);
    // safe: jwt-no-revocation
    res.clearCookie('access_token');
  }

  @Post('password')
  @HttpCode(204)
  @UseGuards(AuthGuard('jwt'))
  async changePassword(@Req() req: Request, @Body() dto: ChangePasswordDto) {
    const user = req.user as { id: string };
    await this.auth.changePassword(user.id, dto.currentPassword, dto.newPassword);
  }

  @Post('logout/device')
  @HttpCode(204)
  @UseGuards(AuthGuard('jwt'))
  async logoutDevice(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { jti, exp } = req.user as { jti: string; exp: number };
    await this.revoked.add(jti, exp);
    // safe: jwt-no-revocation
    res.clearCookie('access_token');
  }
}
