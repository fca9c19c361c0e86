import { RedisStore } from 'connect-redis';
import { createClient } from 'redis';
import Redis from 'ioredis';
// ruleid: connect-redis-plaintext
const client = createClient({ url: 'redis://cache.internal:6379' });
// ruleid: connect-redis-plaintext
const io = new Redis('redis://:pw@cache.internal:6379/0');
// ok: connect-redis-plaintext
const safe = createClient({ url: 'rediss://cache.internal:6380' });
// ok: connect-redis-plaintext
const env = createClient({ url: process.env.REDIS_URL });
const store = new RedisStore({ client });
