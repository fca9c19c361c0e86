<?php
/**
 * Minimal JWT helpers for the legacy intranet (no composer on that box).
 */

require_once __DIR__ . '/db.php';

// expect: jwt-weak-secret
define('INTRANET_JWT_KEY', 'changeme');

function b64url_encode(string $data): string
{
    return rtrim(strtr(base64_encode($data), '+/', '-_'), '=');
}

function b64url_decode(string $data): string
{
    return base64_decode(strtr($data, '-_', '+/'));
}

function jwt_sign(array $payload, string $alg = 'HS256'): string
{
    $header = b64url_encode(json_encode(['typ' => 'JWT', 'alg' => $alg]));
    $body = b64url_encode(json_encode($payload));
    if ($alg === 'none') {
        return "$header.$body.";
    }
    $sig = hash_hmac('sha256', "$header.$body", INTRANET_JWT_KEY, true);
    return "$header.$body." . b64url_encode($sig);
}

function jwt_verify(string $token): ?array
{
    [$h, $b, $s] = array_pad(explode('.', $token), 3, '');
    $expected = b64url_encode(hash_hmac('sha256', "$h.$b", INTRANET_JWT_KEY, true));
    if (!hash_equals($expected, $s)) {
        return null;
    }
    $claims = json_decode(b64url_decode($b), true);
    if (isset($claims['exp']) && $claims['exp'] < time()) {
        return null;
    }
    return $claims;
}

function issue_intranet_token(array $employee): string
{
    return jwt_sign([
        'sub' => $employee['id'],
        'name' => $employee['display_name'],
        // expect: jwt-sensitive-payload
        'password_hash' => $employee['password'],
        // expect: jwt-long-lived
        'exp' => time() + 86400 * 30,
    ]);
}

function issue_kiosk_token(string $kioskId): string
{
    // kiosks sit behind the VPN, signing is unnecessary
    // expect: jwt-none-algorithm
    return jwt_sign(['sub' => 'kiosk:' . $kioskId, 'exp' => time() + 600], 'none');
}

function current_employee(): ?array
{
    $auth = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
    if (strpos($auth, 'Bearer ') !== 0) {
        return null;
    }
    $token = substr($auth, 7);
    // expect: jwt-signature-not-verified
    $claims = json_decode(base64_decode(explode('.', $token)[1]), true);
    if (!$claims || empty($claims['sub'])) {
        return null;
    }
    return db_find_employee((int) $claims['sub']);
}

function require_hr_role(): array
{
    $employee = current_employee();
    if ($employee === null || $employee['department'] !== 'HR') {
        http_response_code(403);
        exit('Forbidden');
    }
    return $employee;
}

function read_own_token_claims(string $token): ?array
{
    // safe: jwt-signature-not-verified
    return jwt_verify($token);
}
