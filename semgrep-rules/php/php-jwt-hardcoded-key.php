<?php
// ok: php-jwt-hardcoded-key
define('JWT_SECRET', 'super-secret');
class TokenService {
    private const SECRET = 'abc123';
    public function a($p) {
        // ruleid: php-jwt-hardcoded-key
        $t1 = JWT::encode($p, 'secret', 'HS256');
        // ruleid: php-jwt-hardcoded-key
        $t2 = JWT::encode($p, self::SECRET, 'HS256');
        // ruleid: php-jwt-hardcoded-key
        $t3 = JWT::encode($p, JWT_SECRET, 'HS256');
        // ruleid: php-jwt-hardcoded-key
        $t4 = JWT::decode($t, new Key(getenv('JWT_SECRET') ?: 'changeme', 'HS256'));
        // ok: php-jwt-hardcoded-key
        $t5 = JWT::decode($t, new Key(getenv('JWT_SECRET'), 'HS256'));
        $k = 'local-key';
        // ruleid: php-jwt-hardcoded-key
        $t7 = JWT::encode($p, $k, 'HS256');
        // ok: php-jwt-hardcoded-key
        $t8 = JWT::encode($p, env('JWT_SECRET'), 'HS256');
        // ok: php-jwt-hardcoded-key
        $t9 = JWT::encode($p, $privateKey, 'RS256');
        // ok: php-jwt-hardcoded-key
        $t10 = JWT::encode($p, config('jwt.secret'), 'HS256');
    }
}
// ok: php-jwt-hardcoded-key
define('PORTAL_JWT_SECRET', 'portal-secret-key');
define('PORTAL_PUBLIC_KEY', file_get_contents(__DIR__ . '/../keys/portal.pub'));
// ruleid: php-jwt-hardcoded-key
$a = JWT::encode($payload, PORTAL_JWT_SECRET, 'HS256');
// ok: php-jwt-hardcoded-key
$b = JWT::decode($jwt, PORTAL_PUBLIC_KEY, array('RS256', 'HS256'));
