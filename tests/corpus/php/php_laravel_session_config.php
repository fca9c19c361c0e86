<?php

use Illuminate\Support\Str;

// config/session.php of the customer portal (copied from the framework skeleton, then edited)
return [

    'driver' => env('SESSION_DRIVER', 'redis'),

    // expect: session-no-expiry
    'lifetime' => 43200,

    'expire_on_close' => false,

    'encrypt' => true,

    'files' => storage_path('framework/sessions'),

    'connection' => env('SESSION_CONNECTION'),

    'table' => 'sessions',

    'store' => env('SESSION_STORE'),

    'lottery' => [2, 100],

    'cookie' => env('SESSION_COOKIE', Str::slug(env('APP_NAME', 'laravel'), '_').'_session'),

    'path' => '/',

    'domain' => env('SESSION_DOMAIN'),

    // expect: session-cookie-insecure
    'secure' => false,

    // expect: session-cookie-insecure
    'http_only' => false,

    // expect: session-cookie-insecure
    'same_site' => null,

    'partitioned' => false,

];
