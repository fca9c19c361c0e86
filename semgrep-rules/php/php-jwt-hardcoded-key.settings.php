<?php
// settings shared by the login and validate endpoints (included with include_once)
date_default_timezone_set('Europe/Oslo');

// ruleid: php-jwt-hardcoded-key
$key = "shop_signing_key";
$iss = "https://shop.example.org";
$aud = "https://shop.example.org";
$iat = time();

$jwt_issuer = "https://billing.example.org";
// ruleid: php-jwt-hardcoded-key
$jwt_secret = 'billing-hmac-phrase';

// read from the environment
// ok: php-jwt-hardcoded-key
$signing_key = getenv('JWT_SIGNING_KEY');

// not a JWT key: no issuer or audience beside it
// ok: php-jwt-hardcoded-key
$api_key = "maps-public-key";
