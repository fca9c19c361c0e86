<?php
// includes/jwt_helper.php - firebase/php-jwt 5.x, procedural helpers of the old portal.
require_once __DIR__ . '/../vendor/autoload.php';

use \Firebase\JWT\JWT;

define('PORTAL_JWT_SECRET', 'portal-secret-key');
define('PORTAL_PUBLIC_KEY', file_get_contents(__DIR__ . '/../keys/portal.pub'));

function portal_issue_token(array $user): string
{
    $payload = array(
        'sub' => $user['id'],
        'name' => $user['name'],
        // expect: jwt-sensitive-payload
        'password_hash' => $user['password_hash'],
        'exp' => time() + 300,
    );
    // expect: jwt-weak-secret
    return JWT::encode($payload, PORTAL_JWT_SECRET, 'HS256');
}

function portal_issue_profile_token(PDO $pdo, int $id): string
{
    $stmt = $pdo->prepare('SELECT * FROM users WHERE id = ?');
    $stmt->execute([$id]);
    // expect: jwt-sensitive-payload
    $row = $stmt->fetch(PDO::FETCH_ASSOC);
    $row['exp'] = time() + 300;
    return JWT::encode($row, getenv('PORTAL_JWT_SECRET'), 'HS256');
}

function portal_issue_scoped_token(array $user): string
{
    // safe: jwt-sensitive-payload
    $claims = ['sub' => $user['id'], 'roles' => $user['roles'], 'scope' => 'orders:read', 'exp' => time() + 300];
    return JWT::encode($claims, getenv('PORTAL_JWT_SECRET'), 'HS256');
}

function portal_issue_card_token(array $user, array $card): string
{
    $claims = ['sub' => $user['id'], 'exp' => time() + 300];
    // expect: jwt-sensitive-payload
    $claims['card_number'] = $card['number'];
    return JWT::encode($claims, getenv('PORTAL_JWT_SECRET'), 'HS256');
}

function portal_decode(string $jwt)
{
    // expect: jwt-none-algorithm
    // expect: jwt-claims-not-validated
    $decoded = JWT::decode($jwt, PORTAL_PUBLIC_KEY, array('RS256', 'HS256'));
    return $decoded;
}

function portal_decode_any(string $jwt)
{
    // expect: jwt-none-algorithm
    $decoded = JWT::decode($jwt, PORTAL_PUBLIC_KEY, array_keys(JWT::$supported_algs));
    if ($decoded->iss !== 'portal') {
        return null;
    }
    return $decoded;
}

function portal_decode_pinned(string $jwt)
{
    // safe: jwt-none-algorithm
    $decoded = JWT::decode($jwt, PORTAL_PUBLIC_KEY, ['RS256']);
    if ($decoded->iss !== 'portal' || $decoded->aud !== 'portal-web') {
        return null;
    }
    return $decoded;
}

function portal_claims_without_verify(string $jwt): array
{
    // expect: jwt-signature-not-verified
    return json_decode(base64_decode(explode('.', $jwt)[1]), true);
}

function portal_role(string $jwt): string
{
    [$header, $body, $signature] = explode('.', $jwt);
    // expect: jwt-signature-not-verified
    $claims = json_decode(JWT::urlsafeB64Decode($body));
    return $claims->role ?? 'guest';
}

function portal_kid(string $jwt): ?string
{
    $parts = explode('.', $jwt);
    // safe: jwt-signature-not-verified
    $header = json_decode(base64_decode(strtr($parts[0], '-_', '+/')), true);
    return $header['kid'] ?? null;
}

function portal_tenant(string $jwt): int
{
    $parts = explode('.', $jwt);
    // expect: jwt-signature-not-verified
    $payload = json_decode(base64_decode(strtr($parts[1], '-_', '+/')), true);
    return (int) $payload['tenant_id'];
}
