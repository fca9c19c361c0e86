import { JwtService } from "@nestjs/jwt";

export class AuthService {
  constructor(private jwtService: JwtService, private users: UsersService) {}
  async login(email: string) {
    const user = await this.users.findByEmail(email);
    // ruleid: nestjs-jwt-sensitive-payload
    const a = await this.jwtService.signAsync({ sub: user.id, password: user.password });
    // ruleid: nestjs-jwt-sensitive-payload
    const b = await this.jwtService.signAsync(user);
    // ok: nestjs-jwt-sensitive-payload
    const c = await this.jwtService.signAsync({ sub: user.id, roles: user.roles });
    return { a, b, c };
  }
}
