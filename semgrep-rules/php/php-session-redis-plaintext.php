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
