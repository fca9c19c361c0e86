<?php
// ok: php-session-redis-plaintext
ini_set('session.save_handler', 'redis');
// ruleid: php-session-redis-plaintext
ini_set('session.save_path', 'tcp://10.0.0.12:6379?auth=s3cret');
// ok: php-session-redis-plaintext
ini_set('session.save_path', 'tls://10.0.0.12:6380');
// ruleid: php-session-redis-plaintext
$h = new RedisSessionHandler(RedisAdapter::createConnection('redis://cache:6379'));
// ok: php-session-redis-plaintext
$h = new RedisSessionHandler(RedisAdapter::createConnection('rediss://cache:6379'));
// ok: php-session-redis-plaintext
$container->loadFromExtension('framework', ['secret' => 'ThisTokenIsNotSoSecretChangeIt']);
// ok: php-session-redis-plaintext
$container->loadFromExtension('framework', ['secret' => '%env(APP_SECRET)%']);
// ok: php-session-redis-plaintext
ini_set('session.save_handler', 'redis');
// ruleid: php-session-redis-plaintext
ini_set('session.save_path', '10.0.0.7:6379');
// ok: php-session-redis-plaintext
ini_set('session.save_handler', 'files');
// ok: php-session-redis-plaintext
ini_set('session.save_path', '/var/lib/php/sessions');
function memcachedSessions() {
    ini_set('session.save_handler', 'memcached');
    // ruleid: php-session-redis-plaintext
    ini_set('session.save_path', 'cache-01.internal:11211,cache-02.internal:11211');
    session_start();
}
function memcachedLocal() {
    ini_set('session.save_handler', 'memcached');
    // ok: php-session-redis-plaintext
    ini_set('session.save_path', '/var/run/memcached/memcached.sock');
}
function symfonyRedisHandler() {
    $redis = new Redis();
    $redis->connect('sessions.redis.internal', 6379);
    // ruleid: php-session-redis-plaintext
    return new RedisSessionHandler($redis, ['prefix' => 'sess_']);
}
function symfonyRedisHandlerTls() {
    $redis = new Redis();
    $redis->connect('tls://sessions.redis.internal', 6380, 2.5, null, 0, 0, ['stream' => ['verify_peer' => true]]);
    // ok: php-session-redis-plaintext
    return new RedisSessionHandler($redis);
}
