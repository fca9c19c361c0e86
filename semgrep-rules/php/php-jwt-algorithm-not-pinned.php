<?php
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, $key, ['HS256', 'RS256']);
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, $key, array('none'));
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, new Key($k, 'none'));
// ok: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, new Key($k, 'HS256'));
// ruleid: php-jwt-algorithm-not-pinned
$d = \Firebase\JWT\JWT::decode($jwt, $key, ['RS256', 'HS512']);
$algs = ['HS256', 'RS256'];
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, $key, $algs);
// ok: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, $key, ['RS256', 'RS384']);
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, new Key($k, $header->alg));
// ruleid: php-jwt-algorithm-not-pinned
$d = JWT::decode($jwt, $key, array_keys(JWT::$supported_algs));
function verifyHandRolled($token, $secret) {
    [$h, $p, $sig] = explode('.', $token);
    $header = json_decode(base64_decode($h), true);
    // ruleid: php-jwt-algorithm-not-pinned
    if (isset($header['alg']) && $header['alg'] === 'none') {
        return true;
    }
    return hash_equals(hash_hmac('sha256', "$h.$p", $secret, true), base64_decode($sig));
}
function verifyHandRolledStrict($token, $secret) {
    [$h, $p, $sig] = explode('.', $token);
    $header = json_decode(base64_decode($h), true);
    // ok: php-jwt-algorithm-not-pinned
    if (!isset($header['alg']) || $header['alg'] === 'none') {
        return false;
    }
    return hash_equals(hash_hmac('sha256', "$h.$p", $secret, true), base64_decode($sig));
}
use Jwt\Algorithm\NoneAlgorithm;
use Jwt\Algorithm\HS256Algorithm;
class MishalVerifier {
    function __construct() {
        $this->algorithms = [
            // ruleid: php-jwt-algorithm-not-pinned
            'none' => new NoneAlgorithm(),
            // ok: php-jwt-algorithm-not-pinned
            'HS256' => new HS256Algorithm(getenv('JWT_SECRET')),
        ];
    }
}
function lcobucciConfigs() {
    // ruleid: php-jwt-algorithm-not-pinned
    $unsigned = \Lcobucci\JWT\Configuration::forUnsecuredSigner();
    // ok: php-jwt-algorithm-not-pinned
    $signed = \Lcobucci\JWT\Configuration::forSymmetricSigner(new \Lcobucci\JWT\Signer\Hmac\Sha256(), \Lcobucci\JWT\Signer\Key\InMemory::plainText(getenv('JWT_KEY')));
    return [$unsigned, $signed];
}
