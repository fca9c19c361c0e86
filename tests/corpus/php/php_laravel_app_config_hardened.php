<?php

// config/app.php of the admin console
return [
    'name' => env('APP_NAME', 'Admin'),
    // safe: session-weak-secret
    'key' => env('APP_KEY'),
    'cipher' => 'AES-256-CBC',
    'previous_keys' => [
        ...array_filter(explode(',', (string) env('APP_PREVIOUS_KEYS', ''))),
    ],
];
