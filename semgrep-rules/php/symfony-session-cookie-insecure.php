<?php
return [
    // ok: symfony-session-cookie-insecure
    'driver' => env('SESSION_DRIVER', 'file'),
    // ok: symfony-session-cookie-insecure
    'secure' => env('SESSION_SECURE_COOKIE', true),
    // ok: symfony-session-cookie-insecure
    'http_only' => true,
    // ok: symfony-session-cookie-insecure
    'same_site' => 'lax',
];
function f() {
  // ok: symfony-session-cookie-insecure
  config(['session.secure' => false]);
  // ok: symfony-session-cookie-insecure
  return response('ok')->cookie('access_token', $t, 60, '/', null, false, false);
  // ok: symfony-session-cookie-insecure
  return response('ok')->cookie('access_token', $t, 60, '/', null, true, true);
  // ruleid: symfony-session-cookie-insecure
  $c = Cookie::create('jwt', $t)->withHttpOnly(false);
  // ruleid: symfony-session-cookie-insecure
  $container->loadFromExtension('framework', ['session' => ['cookie_secure' => false, 'cookie_httponly' => true, 'cookie_samesite' => 'lax']]);
  // ruleid: symfony-session-cookie-insecure
  $response->headers->setCookie(Cookie::create('BEARER', $jwt)->withSecure(true)->withHttpOnly(false));
  // ok: symfony-session-cookie-insecure
  $response->headers->setCookie(Cookie::create('BEARER', $jwt)->withSecure(true)->withHttpOnly(true));
  // ok: symfony-session-cookie-insecure
  $response->headers->setCookie(Cookie::create('ui_theme', $theme)->withSecure(true)->withHttpOnly(false));
  // ruleid: symfony-session-cookie-insecure
  $framework->session()->cookieSecure(false);
}
