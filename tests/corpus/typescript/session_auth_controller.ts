import { Body, Controller, HttpCode, Post, Req, Session, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import * as argon2 from 'argon2';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';

class LoginDto {
  email!: string;
  password!: string;
}

@Controller('auth')
export class AuthController {
  constructor(private readonly users: UsersService, private readonly authService: AuthService) {}

  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Session() session: Record<string, any>) {
    const user = await this.authService.validateUser(dto.email, dto.password);
    if (!user) {
      throw new UnauthorizedException();
    }
    // expect: session-fixation
    session.userId = user.id;
    return { id: user.id };
  }

  @Post('admin/login')
  @HttpCode(200)
  async adminLogin(@Body() dto: LoginDto, @Req() req: Request) {
    const admin = await this.users.findAdmin(dto.email);
    if (!admin || !(await argon2.verify(admin.passwordHash, dto.password))) {
      throw new UnauthorizedException();
    }
    // expect: session-fixation
    req.session.adminId = admin.id;
    return { id: admin.id };
  }

  @Post('secure-login')
  @HttpCode(200)
  async secureLogin(@Body() dto: LoginDto, @Req() req: Request) {
    const user = await this.authService.validateUser(dto.email, dto.password);
    if (!user) {
      throw new UnauthorizedException();
    }
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    // safe: session-fixation
    req.session.userId = user.id;
    return { id: user.id };
  }

  @Post('preferences')
  @HttpCode(204)
  async preferences(@Body() body: { locale: string }, @Session() session: Record<string, any>) {
    // safe: session-fixation
    session.locale = body.locale;
  }
}
