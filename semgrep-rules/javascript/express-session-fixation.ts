import { Body, Controller, Post, Session, UnauthorizedException } from '@nestjs/common';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  async login(@Body() dto: LoginDto, @Session() session: Record<string, any>) {
    const user = await this.auth.validateUser(dto.email, dto.password);
    if (!user) throw new UnauthorizedException();
    // ruleid: express-session-fixation
    session.userId = user.id;
    return { ok: true };
  }

  @Post('login2')
  async login2(@Body() dto: LoginDto, @Session() session: Record<string, any>) {
    const user = await this.auth.validateUser(dto.email, dto.password);
    if (!user) throw new UnauthorizedException();
    await new Promise<void>((resolve, reject) => session.regenerate((err) => (err ? reject(err) : resolve())));
    // ok: express-session-fixation
    session.userId = user.id;
    return { ok: true };
  }

  @Post('prefs')
  async prefs(@Body() dto: PrefsDto, @Session() session: Record<string, any>) {
    // ok: express-session-fixation
    session.theme = dto.theme;
    return { ok: true };
  }
}
