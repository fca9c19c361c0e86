<?php
// ok: symfony-hardcoded-secret
ini_set('session.save_handler', 'redis');
// ok: symfony-hardcoded-secret
ini_set('session.save_path', 'tcp://10.0.0.12:6379?auth=s3cret');
// ok: symfony-hardcoded-secret
ini_set('session.save_path', 'tls://10.0.0.12:6380');
// ok: symfony-hardcoded-secret
$h = new RedisSessionHandler(RedisAdapter::createConnection('redis://cache:6379'));
// ok: symfony-hardcoded-secret
$h = new RedisSessionHandler(RedisAdapter::createConnection('rediss://cache:6379'));
// ruleid: symfony-hardcoded-secret
$container->loadFromExtension('framework', ['secret' => 'ThisTokenIsNotSoSecretChangeIt']);
// ok: symfony-hardcoded-secret
$container->loadFromExtension('framework', ['secret' => '%env(APP_SECRET)%']);
