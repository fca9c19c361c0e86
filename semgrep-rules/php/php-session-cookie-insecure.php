<?php
// ruleid: php-session-cookie-insecure
ini_set('session.cookie_httponly', 0);
// ruleid: php-session-cookie-insecure
ini_set('session.cookie_secure', '0');
// ok: php-session-cookie-insecure
ini_set('session.cookie_httponly', 1);
// ruleid: php-session-cookie-insecure
session_set_cookie_params(['lifetime' => 0, 'secure' => false, 'httponly' => true, 'samesite' => 'Lax']);
// ok: php-session-cookie-insecure
session_set_cookie_params(['lifetime' => 0, 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
// ruleid: php-session-cookie-insecure
session_set_cookie_params(0, '/', '', false, true);
// ruleid: php-session-cookie-insecure
setcookie('token', $t);
// ok: php-session-cookie-insecure
setcookie('token', $t, time() + 3600, '/', '', true, true);
// ruleid: php-session-cookie-insecure
setcookie('jwt', $t, time() + 3600, '/', '', true, false);
// ok: php-session-cookie-insecure
setcookie('auth_token', $t, ['expires' => time() + 3600, 'secure' => true, 'httponly' => true, 'samesite' => 'Strict']);
// ruleid: php-session-cookie-insecure
setcookie('auth_token', $t, ['expires' => time() + 3600, 'secure' => true, 'samesite' => 'Strict']);
// ok: php-session-cookie-insecure
setcookie('theme', 'dark');
// ok: php-session-cookie-insecure
setcookie('token', '', time() - 3600, '/');
// ok: php-session-cookie-insecure
$opts = ['expires' => 0, 'secure' => true, 'httponly' => false];
// ruleid: php-session-cookie-insecure
setcookie('session_token', $t, $opts);
function crossSiteEmbed() {
    // ruleid: php-session-cookie-insecure
    ini_set('session.cookie_samesite', 'None');
    session_start();
}
function crossSiteEmbedSecure() {
    ini_set('session.cookie_secure', '1');
    // ok: php-session-cookie-insecure
    ini_set('session.cookie_samesite', 'None');
}
function rawHeaderCookie($sid, $jwt) {
    // ruleid: php-session-cookie-insecure
    header('Set-Cookie: session_id=' . $sid . '; Path=/');
    // ok: php-session-cookie-insecure
    header('Set-Cookie: access_token=' . $jwt . '; Path=/; Secure; HttpOnly; SameSite=Lax');
    // ok: php-session-cookie-insecure
    header('Set-Cookie: theme=dark; Path=/');
}
function psrCookie($response, $jwt) {
    // ruleid: php-session-cookie-insecure
    return $response->withAddedHeader('Set-Cookie', "auth_token=$jwt; Path=/; Secure");
}
function legacyLogin($row) {
    $cookieOptions = array('expires' => 0, 'path' => '/', 'secure' => false, 'httponly' => true, 'samesite' => 'Lax');
    // ruleid: php-session-cookie-insecure
    setrawcookie('uid', $row->id, $cookieOptions);
    // ok: php-session-cookie-insecure
    setrawcookie('ui_lang', $row->lang, $cookieOptions);
    $strict = ['expires' => 0, 'secure' => true, 'httponly' => true];
    // ok: php-session-cookie-insecure
    setrawcookie('user_id', $row->id, $strict);
}
function configureSession() {
    ini_set('session.use_strict_mode', 1);
    // ruleid: php-session-cookie-insecure
    session_set_cookie_params([
        'lifetime' => 1800,
        'path' => '/',
        'secure' => true,
        'httponly' => true
    ]);
    session_start();
}
function configureSessionLax() {
    ini_set('session.cookie_samesite', 'Lax');
    // ok: php-session-cookie-insecure
    session_set_cookie_params(['lifetime' => 1800, 'secure' => true, 'httponly' => true]);
}

// cookies that carry no credential: where to go after the login, the chosen login method
function rememberLoginChoice(string $returnTo, string $method): void
{
    // ok: php-session-cookie-insecure
    setcookie('auth_return_url', $returnTo, time() + 120, '/');
    // ok: php-session-cookie-insecure
    setcookie('login_method', $method, time() + 86400 * 365, '/');
}
