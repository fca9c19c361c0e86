import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import cookieSession from 'cookie-session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import bcrypt from 'bcryptjs';

import { db } from './db';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    orgId?: string;
    impersonatorId?: string;
  }
}

const app = express();
app.set('trust proxy', 1);
app.use(express.json());

// expect: session-insecure-store
const redis = new Redis({
  host: process.env.REDIS_HOST ?? 'redis',
  port: 6379,
  password: process.env.REDIS_PASSWORD,
});

app.use(
  // expect: session-cookie-insecure
  // expect: session-no-expiry
  // safe: session-weak-secret
  session({
    store: new RedisStore({ client: redis, prefix: 'ledgerly:' }),
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: {
      secure: false,
      sameSite: 'lax',
      maxAge: 1000 * 60 * 60 * 24 * 30,
    },
  }),
);

app.use(
  '/embed',
  // expect: session-weak-secret
  cookieSession({
    name: 'embed',
    keys: [process.env.EMBED_SESSION_KEY ?? 'changeme'],
    maxAge: 2 * 60 * 60 * 1000,
    httpOnly: true,
    secure: true,
    sameSite: 'none',
  }),
);

passport.use(
  new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
    const user = await db.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) return done(null, false);
    return done(null, user);
  }),
);

app.post('/api/login', passport.authenticate('local', { session: false }), (req: Request, res: Response) => {
  const user = req.user as { id: string; orgId: string };
  // expect: session-fixation
  req.session.userId = user.id;
  req.session.orgId = user.orgId;
  res.json({ ok: true });
});

app.post('/api/admin/impersonate/:userId', async (req: Request, res: Response, next: NextFunction) => {
  const adminId = req.session.userId;
  const target = await db.user.findUniqueOrThrow({ where: { id: req.params.userId } });
  req.session.regenerate((err) => {
    if (err) return next(err);
    // safe: session-fixation
    req.session.userId = target.id;
    req.session.orgId = target.orgId;
    req.session.impersonatorId = adminId;
    res.json({ ok: true });
  });
});

app.post('/api/logout', (req: Request, res: Response) => {
  // safe: jwt-no-revocation
  req.session.destroy(() => {
    res.clearCookie('connect.sid');
    res.sendStatus(204);
  });
});

app.listen(Number(process.env.PORT ?? 8080));
