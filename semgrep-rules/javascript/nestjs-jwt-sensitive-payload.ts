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

// a service that signs through the app's own AuthService wrapper (which calls JwtService.sign)
@Injectable()
export class AccountsService {
  constructor(private readonly authService: AuthService, private readonly repo: Repository<Account>) {}

  async operatorLogin(dto: LoginDto) {
    const account = await this.repo.findOneBy({ login: dto.login, secret: dto.secret });
    // ruleid: nestjs-jwt-sensitive-payload
    return { token: this.authService.sign({ ...account }), account };
  }

  async memberLogin(dto: LoginDto) {
    const member = await this.repo.findOneBy({ login: dto.login });
    // ok: nestjs-jwt-sensitive-payload
    return { token: this.authService.sign({ sub: member.id, roles: member.roles }) };
  }
}
