<?php
// config/jwt.php
return [
    // ruleid: tymon-jwt-auth-hardcoded-secret
    'secret' => env('JWT_SECRET', 'base64:local-dev-jwt-secret'),
    'keys' => [
        'public' => env('JWT_PUBLIC_KEY'),
        'private' => env('JWT_PRIVATE_KEY'),
        // ok: tymon-jwt-auth-hardcoded-secret
        'passphrase' => env('JWT_PASSPHRASE'),
    ],
    'ttl' => env('JWT_TTL', 15),
    'refresh_ttl' => env('JWT_REFRESH_TTL', 20160),
    'blacklist_enabled' => env('JWT_BLACKLIST_ENABLED', true),
];
function configureTests() {
    // ruleid: tymon-jwt-auth-hardcoded-secret
    config(['jwt.secret' => 'shared-api-secret']);
    // ok: tymon-jwt-auth-hardcoded-secret
    config(['jwt.secret' => env('JWT_SECRET')]);
    // ok: tymon-jwt-auth-hardcoded-secret
    $client = ['secret' => 'not-a-jwt-config', 'ttl' => 5];
}
