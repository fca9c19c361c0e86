import { Injectable } from "@nestjs/common";
import { PassportStrategy } from "@nestjs/passport";
import { ExtractJwt, Strategy } from "passport-jwt";

// ruleid: passport-jwt-hardcoded-secret-constant
const JWT_SECRET = "nest-secret";

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: JWT_SECRET,
    });
  }
}

// ruleid: passport-jwt-hardcoded-secret-constant
const STRATEGY_KEY = process.env.STRATEGY_KEY ?? "strategy-fallback-key";
export const bearer = new Strategy(
  { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: STRATEGY_KEY, algorithms: ["HS256"] },
  (payload: { sub: string }, done: (e: unknown, u?: unknown) => void) => done(null, { id: payload.sub }),
);

// ok: passport-jwt-hardcoded-secret-constant
const ENV_KEY = process.env.JWT_SECRET;
export const envBearer = new Strategy(
  { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: ENV_KEY },
  (payload: { sub: string }, done: (e: unknown, u?: unknown) => void) => done(null, { id: payload.sub }),
);
