<?php
return [
    // ok: laravel-session-long-lifetime
    'driver' => env('SESSION_DRIVER', 'file'),
    // ruleid: laravel-session-long-lifetime
    'lifetime' => 43200,
    // ok: laravel-session-long-lifetime
    'lifetime' => env('SESSION_LIFETIME', 120),
    // ruleid: laravel-session-long-lifetime
    'lifetime' => env('SESSION_LIFETIME', 10080),
    // ok: laravel-session-long-lifetime
    'expire_on_close' => false,
];
