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

const redis = require('redis');
// ruleid: connect-redis-plaintext
const defaultClient = redis.createClient();
// ruleid: connect-redis-plaintext
const legacy = redis.createClient(process.env.REDIS_PORT, process.env.REDIS_HOST);
// ruleid: connect-redis-plaintext
const v3 = redis.createClient({ host: process.env.REDIS_HOST, port: 6379, password: process.env.REDIS_PASS });
// ok: connect-redis-plaintext
const v3tls = redis.createClient({ host: process.env.REDIS_HOST, port: 6380, tls: { servername: process.env.REDIS_HOST } });
// ok: connect-redis-plaintext
const loop = redis.createClient(6379, '127.0.0.1');
// ok: connect-redis-plaintext
const v4tls = redis.createClient({ socket: { host: process.env.REDIS_HOST, tls: true } });
// ok: connect-redis-plaintext
const fromEnv = redis.createClient(process.env.REDIS_URL);
// ok: connect-redis-plaintext
const withOpts = redis.createClient(process.env.REDIS_URL, { prefix: 'sess:' });
