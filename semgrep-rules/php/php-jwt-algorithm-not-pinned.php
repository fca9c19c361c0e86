<?php
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, $key, ['HS256', 'RS256']);
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, $key, array('none'));
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, new Key($k, 'none'));
// ok: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, new Key($k, 'HS256'));
// ruleid: php-jwt-algorithm-not-pinned
$d = \Firebase\JWT\JWT::decode($jwt, $key, ['RS256', 'HS512']);
$algs = ['HS256', 'RS256'];
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, $key, $algs);
// ok: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, $key, ['RS256', 'RS384']);
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, new Key($k, $header->alg));
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, $key, array_keys(JWT::$supported_algs));
