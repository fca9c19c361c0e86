import express, { type Request, type Response, type NextFunction } from 'express';
import session from 'express-session';
import cookieParser from 'cookie-parser';
import connectRedis from 'connect-redis';
import { createClient } from 'redis';
import bcrypt from 'bcryptjs';
import { db } from './db';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    tenant?: string;
  }
}

const isProd = process.env.NODE_ENV === 'production';
const RedisStore = connectRedis(session);
// expect: session-insecure-store
const redis = createClient({ url: 'redis://redis:6379/1', legacyMode: true });

// expect: session-no-expiry
const sessionConfig: session.SessionOptions = {
  // safe: session-weak-secret
  secret: process.env.SESSION_SECRET as string,
  store: new RedisStore({ client: redis }),
  resave: false,
  saveUninitialized: false,
  cookie: {
    // expect: session-cookie-insecure
    httpOnly: false,
    secure: isProd,
  },
};

export const app = express();
// expect: session-weak-secret
app.use(cookieParser('cookie-signing-secret'));
app.use(session(sessionConfig));
app.use(express.json());

export async function login(req: Request, res: Response, next: NextFunction) {
  const { username, password } = req.body as { username: string; password: string };
  const account = await db.account.findUnique({ where: { username } });
  if (!account || !bcrypt.compareSync(password, account.password)) {
    res.status(401).json({ message: 'Invalid username or password' });
    return;
  }
  // expect: session-fixation
  req.session.userId = account.id;
  req.session.tenant = account.tenantId;
  res.json({ id: account.id });
}

export async function switchTenant(req: Request, res: Response) {
  // safe: session-fixation
  req.session.tenant = String(req.params.tenantId);
  res.status(204).end();
}

app.post('/auth/login', login);
app.post('/tenants/:tenantId/switch', switchTenant);
