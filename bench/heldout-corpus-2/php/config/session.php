<?php

use Illuminate\Support\Str;

return [

    /*
    |--------------------------------------------------------------------------
    | Default Session Driver
    |--------------------------------------------------------------------------
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

    'encrypt' => true,

    'files' => storage_path('framework/sessions'),

    'connection' => env('SESSION_CONNECTION', 'session'),

    'table' => 'sessions',

    'store' => env('SESSION_STORE'),

    'lottery' => [2, 100],

    'cookie' => env(
        'SESSION_COOKIE',
        Str::slug(env('APP_NAME', 'laravel'), '_').'_session'
    ),

    'path' => '/',

    'domain' => env('SESSION_DOMAIN'),

    // safe: session-cookie-insecure
    'secure' => env('SESSION_SECURE_COOKIE', true),

    // the mobile web view reads the session id from JS
    // expect: session-cookie-insecure
    'http_only' => false,

    // safe: session-cookie-insecure
    'same_site' => 'lax',

    'partitioned' => false,

];
