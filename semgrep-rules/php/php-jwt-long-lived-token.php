<?php
class T {
  public function a($user) {
    // ruleid: php-jwt-long-lived-token
    $payload = ['sub' => $user->id, 'iat' => time(), 'exp' => time() + 86400 * 30];
    // ok: php-jwt-long-lived-token
    $jwt = JWT::encode($payload, $this->key, 'HS256');
    // ok: php-jwt-long-lived-token
    $jwt = JWT::encode(['sub' => $user->id, 'exp' => time() + 900], $this->key, 'HS256');
    // ruleid: php-jwt-long-lived-token
    $jwt = JWT::encode(['sub' => $user->id, 'exp' => strtotime('+7 days')], $this->key, 'HS256');
    // ruleid: php-jwt-long-lived-token
    $jwt = JWT::encode(['sub' => $user->id], $this->key, 'HS256');
    // ok: php-jwt-long-lived-token
    $jwt = JWT::encode(['sub' => $user->id, 'exp' => (new DateTimeImmutable())->modify('+10 minutes')->getTimestamp()], $this->key, 'HS256');
    // ruleid: php-jwt-long-lived-token
    $jwt = JWT::encode(['sub' => $user->id, 'exp' => now()->addDays(30)->timestamp], $this->key, 'HS256');
    // ruleid: php-jwt-long-lived-token
    $jwt = JWT::encode(['sub' => $user->id, 'exp' => (new DateTimeImmutable('+2 hours'))->getTimestamp()], $this->key, 'HS256');
    // ruleid: php-jwt-long-lived-token
    $jwt = JWT::encode(['sub' => $user->id, 'exp' => now()->addWeek()->timestamp], $this->key, 'HS256');
    // ok: php-jwt-long-lived-token
    $jwt = JWT::encode(['sub' => $user->id, 'exp' => now()->addMinutes(10)->timestamp], $this->key, 'HS256');
  }
  public function issueRefreshToken($user) {
    // ok: php-jwt-long-lived-token
    return JWT::encode(['sub' => $user->id, 'exp' => time() + 86400 * 30], $this->key, 'HS256');
  }
}
function f($user, $key) {
    $issuedAt = time();
    // ruleid: php-jwt-long-lived-token
    $expire = $issuedAt + 3600 * 24;
    // ok: php-jwt-long-lived-token
    $payload = ['iat' => $issuedAt, 'exp' => $expire, 'sub' => $user->id];
    $short = $issuedAt + 600;
    // ok: php-jwt-long-lived-token
    $p2 = ['iat' => $issuedAt, 'exp' => $short, 'sub' => $user->id];
    // ruleid: php-jwt-long-lived-token
    $p3 = ['exp' => time() + (60 * 60 * 24)];
}
function issueScopedToken($sub, $scopes) {
    $now = new DateTime();
    // ruleid: php-jwt-long-lived-token
    $until = new DateTime("now +8 hours");
    $claims = ["iat" => $now->getTimestamp(), "exp" => $until->getTimeStamp(), "sub" => $sub, "scope" => $scopes];
    return JWT::encode($claims, getenv("JWT_SECRET"), "HS256");
}
function issueScopedTokenShort($sub) {
    // ok: php-jwt-long-lived-token
    $until = new DateTime("now +10 minutes");
    $claims = ["exp" => $until->getTimestamp(), "sub" => $sub];
    return JWT::encode($claims, getenv("JWT_SECRET"), "HS256");
}
class Auth extends REST_Controller {
    public function generate_token($user_id, $username) {
        $this->load->library('jwt');
        // ruleid: php-jwt-long-lived-token
        return $this->jwt->encode(array(
            'userId' => $user_id,
            'issuedAt' => date(DATE_ISO8601),
        ), getenv('JWT_SECRET'));
    }
    public function generate_short_token($user_id) {
        $this->load->library('jwt');
        // ok: php-jwt-long-lived-token
        return $this->jwt->encode(array('userId' => $user_id, 'exp' => time() + 600), getenv('JWT_SECRET'));
    }
}
function lcobucciIssue($config, $user) {
    $now = new DateTimeImmutable();
    // ruleid: php-jwt-long-lived-token
    $long = $config->builder()->issuedBy('https://api.example.com')->relatedTo((string) $user->id)->issuedAt($now)->expiresAt($now->modify('+1 year'))->getToken($config->signer(), $config->signingKey());
    // ok: php-jwt-long-lived-token
    $short = $config->builder()->issuedBy('https://api.example.com')->issuedAt($now)->expiresAt($now->modify('+10 minutes'))->getToken($config->signer(), $config->signingKey());
    return [$long, $short];
}
function loginFullyQualified($username, $id) {
    $issuedAt = time();
    // a custom expiry claim name: php-jwt checks only `exp`, so this token never expires
    $payload = [
        "iat" => $issuedAt,
        "expireAt" => $issuedAt + 600,
        "data" => ["username" => $username, "id" => $id],
    ];
    // ruleid: php-jwt-long-lived-token
    return \Firebase\JWT\JWT::encode($payload, $_ENV["KEY"], "HS256");
}
function loginFullyQualifiedWithExp($id) {
    $payload = array("sub" => $id, "exp" => time() + 600);
    // ok: php-jwt-long-lived-token
    return \Firebase\JWT\JWT::encode($payload, $_ENV["KEY"], "HS256");
}
function loginArrayNoExp($id) {
    $payload = array("sub" => $id, "iat" => time());
    // ruleid: php-jwt-long-lived-token
    return JWT::encode($payload, $_ENV["KEY"], "HS256");
}
function serviceAccountAssertion($creds) {
    $now = time();
    $claims = [
        'iss' => $creds['client_email'],
        'scope' => 'https://www.googleapis.com/auth/firebase.messaging',
        'aud' => 'https://oauth2.googleapis.com/token',
        // ok: php-jwt-long-lived-token
        'exp' => $now + 3600,
        'iat' => $now,
    ];
    return JWT::encode($claims, $creds['private_key'], 'RS256');
}
function apiTokenWithScope($user) {
    $claims = [
        'sub' => $user->id,
        'scope' => 'read write',
        'aud' => 'https://api.example.com',
        // ruleid: php-jwt-long-lived-token
        'exp' => time() + 86400 * 30,
    ];
    return JWT::encode($claims, $_ENV['KEY'], 'HS256');
}
