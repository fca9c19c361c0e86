<?php
// application/config/constants.php: the JWT controllers elsewhere sign and verify with these
// ruleid: php-jwt-hardcoded-key
define('SECRET_KEY', 'Super-Secret-Key');
// ok: php-jwt-hardcoded-key
define('ALGORITHM', 'HS256');
// ok: php-jwt-hardcoded-key
define('JWT_EXPIRE', '3600');
// ok: php-jwt-hardcoded-key
define('STRIPE_SECRET_KEY', 'sk_test_x');
// ok: php-jwt-hardcoded-key
define('JWT_SECRET', getenv('JWT_SECRET'));
// ruleid: php-jwt-hardcoded-key
define('JWT_SECRET_KEY', 'change-me');
