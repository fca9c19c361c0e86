<?php
return [
    // ok: laravel-session-cookie-insecure
    'driver' => env('SESSION_DRIVER', 'file'),
    // ok: laravel-session-cookie-insecure
    'lifetime' => 43200,
    // ruleid: laravel-session-cookie-insecure
    'secure' => false,
    // ruleid: laravel-session-cookie-insecure
    'http_only' => false,
    // ruleid: laravel-session-cookie-insecure
    'same_site' => null,
    // ok: laravel-session-cookie-insecure
    'encrypt' => false,
];
$x = [
return [
    // ok: laravel-session-cookie-insecure
    'driver' => env('SESSION_DRIVER', 'file'),
    // ok: laravel-session-cookie-insecure
    'secure' => env('SESSION_SECURE_COOKIE', true),
    // ok: laravel-session-cookie-insecure
    'http_only' => true,
    // ok: laravel-session-cookie-insecure
    'same_site' => 'lax',
];
function f() {
  // ruleid: laravel-session-cookie-insecure
  config(['session.secure' => false]);
  // ruleid: laravel-session-cookie-insecure
  return response('ok')->cookie('access_token', $t, 60, '/', null, true, true);
  // ok: laravel-session-cookie-insecure
  return response('ok')->cookie('access_token', $t, 60, '/', null, true, true);
  // ok: laravel-session-cookie-insecure
  $c = Cookie::create('jwt', $t)->withHttpOnly(false);
  // ok: laravel-session-cookie-insecure
  $container->loadFromExtension('framework', ['session' => ['cookie_secure' => false, 'cookie_httponly' => true, 'cookie_samesite' => 'lax']]);
  // ok: laravel-session-cookie-insecure
  $framework->session()->cookieSecure(false);
}
