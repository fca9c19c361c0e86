<?php
// bootstrap/session.php - session settings for the support desk, per environment.
declare(strict_types=1);

$env = getenv('APP_ENV') ?: 'production';

if ($env === 'production') {
    // safe: session-cookie-insecure
    ini_set('session.cookie_httponly', '1');
    // safe: session-cookie-insecure
    ini_set('session.cookie_secure', '1');
    ini_set('session.cookie_samesite', 'Lax');
    ini_set('session.use_strict_mode', '1');
    // safe: session-no-expiry
    ini_set('session.gc_maxlifetime', '1800');
    // safe: session-no-expiry
    ini_set('session.cookie_lifetime', '0');
    ini_set('session.save_handler', 'redis');
    // safe: session-insecure-store
    ini_set('session.save_path', 'tls://sessions.desk.internal:6380?auth[]=' . getenv('REDIS_PASSWORD'));
} elseif ($env === 'staging') {
    // expect: session-cookie-insecure
    ini_set('session.cookie_httponly', 0);
    // expect: session-cookie-insecure
    ini_set('session.cookie_secure', '0');
    // expect: session-no-expiry
    ini_set('session.gc_maxlifetime', 60 * 60 * 24 * 30);
    ini_set('session.save_handler', 'redis');
    // expect: session-insecure-store
    ini_set('session.save_path', 'tcp://10.20.0.15:6379?auth=' . getenv('REDIS_PASSWORD'));
} elseif ($env === 'kiosk') {
    // expect: session-no-expiry
    ini_set('session.cookie_lifetime', '2592000');
    // expect: session-cookie-insecure
    session_set_cookie_params(['lifetime' => 0, 'path' => '/', 'secure' => false, 'httponly' => true, 'samesite' => 'Lax']);
} elseif ($env === 'partner') {
    // expect: session-no-expiry
    // expect: session-cookie-insecure
    session_set_cookie_params(604800, '/', '.desk.example', false, true);
    ini_set('session.save_handler', 'redis');
    // expect: session-insecure-store
    session_save_path('tcp://redis.partner.internal:6379');
} else {
    $params = [
        // expect: session-no-expiry
        'lifetime' => 86400 * 14,
        'path' => '/',
        'secure' => true,
        'httponly' => true,
        'samesite' => 'Strict',
    ];
    session_set_cookie_params($params);
    // safe: session-no-expiry
    session_set_cookie_params(['lifetime' => 0, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Strict']);
}
