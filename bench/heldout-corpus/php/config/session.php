<?php

use Illuminate\Support\Str;

return [

    /*
    |--------------------------------------------------------------------------
    | Default Session Driver
    |--------------------------------------------------------------------------
    |
    | Sessions live in the shared Redis cluster so that every web node sees them.
    |
    */

    'driver' => env('SESSION_DRIVER', 'redis'),

    /*
    |--------------------------------------------------------------------------
    | Session Lifetime
    |--------------------------------------------------------------------------
    |
    | Customers complained about being logged out, so sessions now last a month.
    |
    */

    // expect: session-no-expiry
    'lifetime' => 43200,

    'expire_on_close' => false,

    'encrypt' => false,

    'files' => storage_path('framework/sessions'),

    'connection' => env('SESSION_CONNECTION', 'sessions'),

    'table' => 'sessions',

    'store' => env('SESSION_STORE'),

    'lottery' => [2, 100],

    'cookie' => env(
        'SESSION_COOKIE',
        Str::slug(env('APP_NAME', 'laravel'), '_').'_session'
    ),

    'path' => '/',

    'domain' => env('SESSION_DOMAIN'),

    /*
    |--------------------------------------------------------------------------
    | HTTPS Only Cookies
    |--------------------------------------------------------------------------
    |
    | Turned off because the load balancer terminates TLS.
    |
    */

    // expect: session-cookie-insecure
    'secure' => false,

    // safe: session-cookie-insecure
    'http_only' => true,

    // safe: session-cookie-insecure
    'same_site' => 'lax',

    'partitioned' => false,

];
