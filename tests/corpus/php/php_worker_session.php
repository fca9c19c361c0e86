<?php
// bootstrap/worker_session.php - session storage for the background dashboard.
declare(strict_types=1);

function configure_worker_sessions(string $env): void
{
    if ($env === 'cluster') {
        ini_set('session.save_handler', 'redis');
        // expect: session-insecure-store
        ini_set('session.save_path', 'redis-sessions.cluster.internal:6379?weight=1&timeout=2.5');
    } elseif ($env === 'cluster-tls') {
        ini_set('session.save_handler', 'redis');
        // safe: session-insecure-store
        ini_set('session.save_path', 'tls://redis-sessions.cluster.internal:6380?stream[verify_peer]=1');
    } else {
        ini_set('session.save_handler', 'files');
        // safe: session-insecure-store
        ini_set('session.save_path', '/var/lib/php/sessions');
    }
    // safe: session-cookie-insecure
    ini_set('session.cookie_httponly', '1');
    // safe: session-no-expiry
    ini_set('session.gc_maxlifetime', (string) (30 * 60));
}

function worker_identity_from_token(string $jwt): ?array
{
    $segments = explode('.', $jwt);
    if (count($segments) !== 3) {
        return null;
    }
    // safe: jwt-signature-not-verified
    $header = json_decode(base64_decode(strtr($segments[0], '-_', '+/')), true);
    $keys = require __DIR__ . '/../config/worker_keys.php';
    // safe: jwt-none-algorithm
    $claims = \Firebase\JWT\JWT::decode($jwt, new \Firebase\JWT\Key($keys[$header['kid']], 'RS256'));
    // safe: jwt-claims-not-validated
    if ($claims->iss !== 'https://workers.internal' || $claims->aud !== 'dashboard') {
        return null;
    }
    // safe: jwt-sensitive-payload
    $refreshed = \Firebase\JWT\JWT::encode(['sub' => $claims->sub, 'roles' => $claims->roles, 'exp' => time() + 300], $keys['signing'], 'RS256');
    return ['sub' => $claims->sub, 'token' => $refreshed];
}
