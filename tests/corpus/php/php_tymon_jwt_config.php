<?php

// config/jwt.php of a Laravel API using tymon/jwt-auth

return [

    // expect: jwt-weak-secret
    'secret' => env('JWT_SECRET', 'hJtXIZ2uSN5kbQfbtTWWWdK8k4kLZo9b'),

    'keys' => [
        'public' => env('JWT_PUBLIC_KEY'),
        'private' => env('JWT_PRIVATE_KEY'),
        // safe: jwt-weak-secret
        'passphrase' => env('JWT_PASSPHRASE'),
    ],

    // expect: jwt-long-lived
    'ttl' => env('JWT_TTL', 1440),

    // safe: jwt-long-lived
    'refresh_ttl' => env('JWT_REFRESH_TTL', 20160),

    'algo' => env('JWT_ALGO', 'HS256'),

    'required_claims' => ['iss', 'iat', 'exp', 'nbf', 'sub', 'jti'],

    'persistent_claims' => [],

    'lock_subject' => true,

    'leeway' => env('JWT_LEEWAY', 0),

    // expect: jwt-no-revocation
    'blacklist_enabled' => env('JWT_BLACKLIST_ENABLED', false),

    'blacklist_grace_period' => env('JWT_BLACKLIST_GRACE_PERIOD', 0),

    'decrypt_cookies' => false,
];
