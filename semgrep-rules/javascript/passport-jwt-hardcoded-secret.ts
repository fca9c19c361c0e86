import { Injectable } from "@nestjs/common";
import { PassportStrategy } from "@nestjs/passport";
import { ExtractJwt, Strategy } from "passport-jwt";

// ok: passport-jwt-hardcoded-secret
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

@Injectable()
export class FallbackStrategy extends PassportStrategy(Strategy, "fallback") {
  constructor() {
    // ruleid: passport-jwt-hardcoded-secret
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET || "secret" });
  }
}

@Injectable()
export class GoodStrategy extends PassportStrategy(Strategy, "good") {
  constructor(config: ConfigService) {
    // ok: passport-jwt-hardcoded-secret
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.getOrThrow("JWT_SECRET") });
  }
}

// ok: passport-jwt-hardcoded-secret
const STRATEGY_KEY = process.env.STRATEGY_KEY ?? "strategy-fallback-key";
export const bearer = new Strategy(
  { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: STRATEGY_KEY, algorithms: ["HS256"] },
  (payload: { sub: string }, done: (e: unknown, u?: unknown) => void) => done(null, { id: payload.sub }),
);

export const stagedStrategy = new Strategy(
  // ruleid: passport-jwt-hardcoded-secret
  { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.NODE_ENV === "production" ? process.env.JWT_SECRET : "dev-secret" },
  (payload, done) => done(null, payload),
);

export const envStrategy = new Strategy(
  // ok: passport-jwt-hardcoded-secret
  { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.NODE_ENV === "production" ? process.env.JWT_SECRET : process.env.DEV_JWT_SECRET },
  (payload, done) => done(null, payload),
);

// a multi-line options object: the finding spans the object, the literal's line included
// ruleid: passport-jwt-hardcoded-secret
passport.use(new Strategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: 'your_jwt_secret'
}, (jwtPayload, callback) => callback(null, jwtPayload)));

passport.use(new Strategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // ok: passport-jwt-hardcoded-secret
  secretOrKey: process.env.JWT_SECRET
}, (jwtPayload, callback) => callback(null, jwtPayload)));
