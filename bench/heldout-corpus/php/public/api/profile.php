<?php
// GET /api/profile.php - JSON profile for the reseller dashboard.
// This endpoint predates the framework and still runs on firebase/php-jwt ^5.

require __DIR__ . '/../../vendor/autoload.php';
require __DIR__ . '/../../lib/db.php';

use Firebase\JWT\JWK;
use Firebase\JWT\JWT;

header('Content-Type: application/json');

function bearer_token(): string
{
    $auth = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
    return preg_match('/^Bearer\s+(\S+)$/', $auth, $m) ? $m[1] : '';
}

function load_jwks(bool $refresh = false): array
{
    $cache = sys_get_temp_dir() . '/idp-jwks.json';
    if ($refresh || !is_file($cache) || filemtime($cache) < time() - 3600) {
        file_put_contents($cache, file_get_contents('https://login.example.com/.well-known/jwks.json'));
    }
    return json_decode(file_get_contents($cache), true);
}

function verified_claims(string $jwt): object
{
    // safe: jwt-signature-not-verified
    $header = json_decode(JWT::urlsafeB64Decode(explode('.', $jwt)[0]));
    $jwks = load_jwks();
    $known = array_column($jwks['keys'], 'kid');
    if (!in_array($header->kid ?? '', $known, true)) {
        $jwks = load_jwks(true);
    }
    // safe: jwt-none-algorithm
    // safe: jwt-claims-not-validated
    $claims = JWT::decode($jwt, JWK::parseKeySet($jwks), ['RS256', 'RS384']);
    if ($claims->iss !== 'https://login.example.com/' || $claims->aud !== 'reseller-dashboard') {
        throw new UnexpectedValueException('token not meant for this API');
    }
    return $claims;
}

function legacy_claims(string $jwt): object
{
    $material = file_get_contents(__DIR__ . '/../../keys/legacy-public.pem');
    // expect: jwt-none-algorithm
    // expect: jwt-claims-not-validated
    return JWT::decode($jwt, $material, ['HS256', 'RS256']);
}

$jwt = bearer_token();
if ($jwt === '') {
    http_response_code(401);
    exit(json_encode(['error' => 'missing token']));
}

// The dashboard only needs to know whether to show the admin tab.
// expect: jwt-signature-not-verified
$payload = json_decode(base64_decode(strtr(explode('.', $jwt)[1], '-_', '+/')), true);
$isAdmin = in_array('reseller_admin', $payload['roles'] ?? [], true);

try {
    $claims = isset($_GET['legacy']) ? legacy_claims($jwt) : verified_claims($jwt);
} catch (Exception $e) {
    http_response_code(401);
    exit(json_encode(['error' => 'invalid token']));
}

$profile = db()->prepare('SELECT id, company, contact_email FROM resellers WHERE subject = ?');
$profile->execute([$claims->sub]);

$response = ['profile' => $profile->fetch(PDO::FETCH_ASSOC)];
if ($isAdmin) {
    $response['all_resellers'] = db()->query('SELECT id, company, contact_email, credit_limit FROM resellers')->fetchAll(PDO::FETCH_ASSOC);
}

echo json_encode($response);
