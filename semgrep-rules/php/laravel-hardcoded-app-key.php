<?php
return [
    // ok: laravel-hardcoded-app-key
    'name' => env('APP_NAME', 'Laravel'),
    // ruleid: laravel-hardcoded-app-key
    'key' => env('APP_KEY', 'SomeRandomString'),
    // ruleid: laravel-hardcoded-app-key
    'key' => 'base64:2fl+Ktvkfl+Fuz4Qp/A75G2RTiWVA/ZoKZvp6fiiM10=',
    // ok: laravel-hardcoded-app-key
    'key' => env('APP_KEY'),
    // ok: laravel-hardcoded-app-key
    'cipher' => 'AES-256-CBC',
];
