<?php

// config/tenant-app.php - per-tenant overrides merged into config('app')
return [
    'name' => 'Tenant Portal',
    // expect: session-weak-secret
    'key' => 'base64:Gx2R5r0sVp7cJ6m1v0tq8f0b3yQ9Q2w4e6r8t0y2u4i=',
    'cipher' => 'AES-256-CBC',
    'session' => [
        // expect: session-no-expiry
        'lifetime' => env('TENANT_SESSION_LIFETIME', 10080),
    ],
];
