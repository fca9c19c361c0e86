<?php
// ruleid: php-session-long-lifetime
ini_set('session.gc_maxlifetime', 60 * 60 * 24 * 30);
// ok: php-session-long-lifetime
ini_set('session.gc_maxlifetime', '1440');
// ruleid: php-session-long-lifetime
ini_set('session.gc_maxlifetime', '2592000');
// ok: php-session-long-lifetime
ini_set('session.cookie_lifetime', 0);
// ruleid: php-session-long-lifetime
session_set_cookie_params(['lifetime' => 86400 * 7, 'secure' => true, 'httponly' => true]);
// ok: php-session-long-lifetime
session_set_cookie_params(['lifetime' => 0, 'secure' => true, 'httponly' => true]);
// ruleid: php-session-long-lifetime
session_set_cookie_params(604800, '/', '', true, true);
// ruleid: php-session-long-lifetime
$params = ['lifetime' => 86400 * 14, 'path' => '/'];
// ok: php-session-long-lifetime
session_set_cookie_params($params);
$config = [
    'COOKIE_PATH' => '/',
    // ruleid: php-session-long-lifetime
    'SESSION_RUNTIME' => 604800,
    // ok: php-session-long-lifetime
    'SESSION_TIMEOUT' => 1800,
    // ok: php-session-long-lifetime
    'CACHE_TTL' => 604800,
];
// ruleid: php-session-long-lifetime
define('SESSION_LIFETIME', 60 * 60 * 24 * 30);
// ok: php-session-long-lifetime
define('SESSION_EXPIRE', 3600);
// a one-day lifetime is neither unbounded nor many days
// ok: php-session-long-lifetime
ini_set('session.gc_maxlifetime', 86400);
// ruleid: php-session-long-lifetime
ini_set('session.gc_maxlifetime', 172800);
