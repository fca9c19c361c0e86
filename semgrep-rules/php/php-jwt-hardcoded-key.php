<?php
// ok: php-jwt-hardcoded-key
define('JWT_SECRET', 'super-secret');
class TokenService {
    // a class constant the class signs with: reported on the definition
    // ruleid: php-jwt-hardcoded-key
    private const SECRET = 'abc123';
    public function a($p) {
        // ruleid: php-jwt-hardcoded-key
        $t1 = JWT::encode($p, 'secret', 'HS256');
        // ok: php-jwt-hardcoded-key
        $t2 = JWT::encode($p, self::SECRET, 'HS256');
        // ruleid: php-jwt-hardcoded-key
        $t3 = JWT::encode($p, JWT_SECRET, 'HS256');
        // ruleid: php-jwt-hardcoded-key
        $t4 = JWT::decode($t, new Key(getenv('JWT_SECRET') ?: 'changeme', 'HS256'));
        // ok: php-jwt-hardcoded-key
        $t5 = JWT::decode($t, new Key(getenv('JWT_SECRET'), 'HS256'));
        // ruleid: php-jwt-hardcoded-key
        $k = 'local-key';
        $t7 = JWT::encode($p, $k, 'HS256');
        // ok: php-jwt-hardcoded-key
        $t8 = JWT::encode($p, env('JWT_SECRET'), 'HS256');
        // ok: php-jwt-hardcoded-key
        $t9 = JWT::encode($p, $privateKey, 'RS256');
        // ok: php-jwt-hardcoded-key
        $t10 = JWT::encode($p, config('jwt.secret'), 'HS256');
    }
}
// ok: php-jwt-hardcoded-key
define('PORTAL_JWT_SECRET', 'portal-secret-key');
define('PORTAL_PUBLIC_KEY', file_get_contents(__DIR__ . '/../keys/portal.pub'));
// ruleid: php-jwt-hardcoded-key
$a = JWT::encode($payload, PORTAL_JWT_SECRET, 'HS256');
// ok: php-jwt-hardcoded-key
$b = JWT::decode($jwt, PORTAL_PUBLIC_KEY, array('RS256', 'HS256'));
function issueClassroomToken($payload) {
    // ruleid: php-jwt-hardcoded-key
    $key = '__dev_only__';
    return JWT::encode($payload, base64_decode(strtr($key, '-_', '+/')), 'HS256');
}
function readClassroomToken($jwt) {
    // ok: php-jwt-hardcoded-key
    return JWT::decode($jwt, new Key(base64_decode(getenv('JWT_KEY_B64')), 'HS256'));
}
// ruleid: php-jwt-hardcoded-key
function signJwtHs256($claims, $secret = 'changeme') {
    $h = b64url(json_encode(['alg' => 'HS256', 'typ' => 'JWT']));
    $p = b64url(json_encode($claims));
    return "$h.$p." . b64url(hash_hmac('sha256', "$h.$p", $secret, true));
}
// ok: php-jwt-hardcoded-key
function signJwtFromEnv($claims, $secret = null) {
    $secret = $secret ?? getenv('JWT_SECRET');
    $h = b64url(json_encode(['alg' => 'HS256', 'typ' => 'JWT']));
    $p = b64url(json_encode($claims));
    return "$h.$p." . b64url(hash_hmac('sha256', "$h.$p", $secret, true));
}
// ok: php-jwt-hardcoded-key
function webhookSignature($body, $algo = 'sha256') {
    return hash_hmac($algo, $body, getenv('HOOK_SECRET'));
}
class AuthServices {
    public static function getSecretKey() {
        // ruleid: php-jwt-hardcoded-key
        return 'sample_key';
    }
    public static function getIssuer() {
        // ok: php-jwt-hardcoded-key
        return 'api.example';
    }
}
class VaultServices {
    public static function getSecretKey() {
        // ok: php-jwt-hardcoded-key
        return getenv('JWT_SECRET');
    }
}
class EncodedKeyTokens {
    private const PACKED_KEY = 'c2lnbmluZy1rZXk';
    public function issue($claims) {
        // (reported on the use: the constant is wrapped in a decoding call)
        // ruleid: php-jwt-hardcoded-key
        return JWT::encode($claims, base64_decode(self::PACKED_KEY), 'HS256');
    }
}
// ruleid: php-jwt-hardcoded-key
$scriptKey = 'script-level-signing-key';
$claims = ['sub' => 42, 'exp' => time() + 600];
$jwt = JWT::encode($claims, $scriptKey, 'HS256');
function decodeWithLocalKey($raw) {
    // ruleid: php-jwt-hardcoded-key
    $verifyWith = "local-verify-key";
    $decoded = JWT::decode($raw, new Key($verifyWith, 'HS256'));
    return $decoded;
}
function keyOverwrittenFromEnv($raw) {
    $k = 'placeholder';
    $k = getenv('JWT_SECRET');
    // ok: php-jwt-hardcoded-key
    return JWT::decode($raw, new Key($k, 'HS256'));
}
class FallbackKeys {
    public function a($p) {
        // ruleid: php-jwt-hardcoded-key
        return JWT::encode($p, $_ENV['JWT_SECRET'] ?: 'fallback-secret', 'HS256');
    }
    public function b($p) {
        // ruleid: php-jwt-hardcoded-key
        return JWT::encode($p, isset($_SERVER['JWT_KEY']) ? $_SERVER['JWT_KEY'] : 'server-fallback', 'HS256');
    }
    public function c($t) {
        // ruleid: php-jwt-hardcoded-key
        return JWT::decode($t, new Key(config('services.jwt.secret', 'cfg-fallback'), 'HS256'));
    }
    public function d($t) {
        // ok: php-jwt-hardcoded-key
        return JWT::decode($t, new Key(config('services.jwt.secret'), 'HS256'));
    }
}
class MishalSigner {
    private $algorithms;
    function __construct() {
        // ruleid: php-jwt-hardcoded-key
        $this->algorithms = ['HS256' => new \Jwt\Algorithm\HS256Algorithm('secret')];
        // ok: php-jwt-hardcoded-key
        $this->fromEnv = new \Jwt\Algorithm\HS256Algorithm(getenv('JWT_SECRET'));
    }
}
function issueWithFallback($claims) {
    // ruleid: php-jwt-hardcoded-key
    $secret = getenv('JWT_SECRET') ?: 'change-me-in-prod';
    $other = 1;
    return JWT::encode($claims, $secret, 'HS256');
}
function verifyWithFallback($jwt) {
    // ruleid: php-jwt-hardcoded-key
    $secret = $_ENV['JWT_SECRET'] ?? 'local-dev-secret';
    return JWT::decode($jwt, new Key($secret, 'HS256'));
}
function verifyFailClosed($jwt) {
    // ok: php-jwt-hardcoded-key
    $secret = getenv('JWT_SECRET') ?: readSecretFile('/run/secrets/jwt');
    return JWT::decode($jwt, new Key($secret, 'HS256'));
}
function verifyPerStage($jwt, $stage) {
    switch ($stage) {
        case 'dev':
            // ruleid: php-jwt-hardcoded-key
            $verifyKey = 'dev-only-key';
            break;
        default:
            // ok: php-jwt-hardcoded-key
            $verifyKey = getenv('JWT_SECRET');
    }
    // ok: php-jwt-hardcoded-key
    $label = 'verified';
    return JWT::decode($jwt, new Key($verifyKey, 'HS256'));
}
function signPerLevel($claims, $level) {
    try {
        if ($level < 2) {
            // ruleid: php-jwt-hardcoded-key
            $signingKey = 'snowfall';
        } else {
            // ok: php-jwt-hardcoded-key
            $signingKey = file_get_contents('/run/secrets/jwt');
        }
    } catch (Exception $e) {
        error_log($e->getMessage());
    }
    return JWT::encode($claims, $signingKey, 'HS256');
}
function mintSessionToken($user, $signingKey) {
    $claims = ['sub' => $user->id, 'exp' => time() + 600];
    return JWT::encode($claims, $signingKey, 'HS256');
}
function issueForLevel($user, $level) {
    if ($level < 2) {
        // ruleid: php-jwt-hardcoded-key
        $k = 'snowdrift';
    } else {
        // ok: php-jwt-hardcoded-key
        $k = getenv('JWT_SECRET');
    }
    return mintSessionToken($user, $k);
}
function issueDemo($user) {
    // ruleid: php-jwt-hardcoded-key
    return mintSessionToken($user, 'demo-key-123');
}
function issueFromEnv($user) {
    // ok: php-jwt-hardcoded-key
    return mintSessionToken($user, getenv('JWT_SECRET'));
}

final class TokenIssuer
{
    // ruleid: php-jwt-hardcoded-key
    private const SECRET = 'changeme';
    // ok: php-jwt-hardcoded-key
    private const ISSUER = 'https://shop.example.com';

    public function issueFor(array $payload): string
    {
        // ok: php-jwt-hardcoded-key
        return JWT::encode($payload, self::SECRET, 'HS256');
    }

    public function read(string $jwt): ?array
    {
        // ok: php-jwt-hardcoded-key
        return (array) JWT::decode($jwt, new Key(self::SECRET, 'HS256'));
    }
}

final class PartnerAuth
{
    private function decode(string $jwt, string $alg): object
    {
        if (str_starts_with($alg, 'HS')) {
            // ruleid: php-jwt-hardcoded-key
            $material = config('partners.shared_secret', 'partner-shared-secret');
        } else {
            // ok: php-jwt-hardcoded-key
            $material = file_get_contents(storage_path('keys/partner-public.pem'));
        }
        return JWT::decode($jwt, new Key($material, 'RS256'));
    }
}
