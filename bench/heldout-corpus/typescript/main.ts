import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import session from 'express-session';
import { RedisStore } from 'connect-redis';
import Redis from 'ioredis';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';

const ONE_HOUR_MS = 60 * 60 * 1000;

function sessionRedis(): Redis {
  if (process.env.NODE_ENV === 'production') {
    // safe: session-insecure-store
    return new Redis(process.env.SESSION_REDIS_URL ?? '', { tls: { rejectUnauthorized: true } });
  }
  // expect: session-insecure-store
  return new Redis({ host: process.env.REDIS_HOST ?? 'localhost', port: 6379 });
}

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  app.set('trust proxy', 1);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  // safe: session-weak-secret
  app.use(cookieParser(process.env.COOKIE_SECRET));

  app.use(
    session({
      name: 'backoffice.sid',
      store: new RedisStore({ client: sessionRedis(), prefix: 'bo:' }),
      // expect: session-weak-secret
      secret: process.env.SESSION_SECRET ?? 'backoffice-session-secret',
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: {
        secure: true,
        httpOnly: true,
        // safe: session-cookie-insecure
        sameSite: 'none',
        // safe: session-no-expiry
        maxAge: 2 * ONE_HOUR_MS,
      },
    }),
  );

  app.enableCors({ origin: process.env.BACKOFFICE_ORIGIN, credentials: true });
  await app.listen(process.env.PORT ?? 3000);
}

void bootstrap();
