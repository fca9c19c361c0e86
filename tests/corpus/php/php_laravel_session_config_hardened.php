<?php

use Illuminate\Support\Str;

// config/session.php of the admin console
return [
    'driver' => env('SESSION_DRIVER', 'database'),
    // safe: session-no-expiry
    'lifetime' => env('SESSION_LIFETIME', 120),
    'expire_on_close' => true,
    'encrypt' => true,
    'connection' => env('SESSION_CONNECTION'),
    'table' => 'sessions',
    'cookie' => env('SESSION_COOKIE', Str::slug(env('APP_NAME', 'laravel'), '_').'_session'),
    'path' => '/',
    'domain' => env('SESSION_DOMAIN'),
    // safe: session-cookie-insecure
    'secure' => env('SESSION_SECURE_COOKIE', true),
    // safe: session-cookie-insecure
    'http_only' => true,
    // safe: session-cookie-insecure
    'same_site' => 'lax',
];
