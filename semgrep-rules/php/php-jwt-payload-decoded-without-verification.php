<?php
function a($jwt) {
  // ruleid: php-jwt-payload-decoded-without-verification
  $claims = json_decode(base64_decode(explode('.', $jwt)[1]), true);
  // ok: php-jwt-payload-decoded-without-verification
  $h = json_decode(base64_decode(explode('.', $jwt)[0]), true);
  $parts = explode('.', $jwt);
  // ruleid: php-jwt-payload-decoded-without-verification
  $payload = json_decode(base64_decode(strtr($parts[1], '-_', '+/')));
  [$header, $body, $sig] = explode('.', $jwt);
  // ruleid: php-jwt-payload-decoded-without-verification
  $u = json_decode(JWT::urlsafeB64Decode($body));
  // ok: php-jwt-payload-decoded-without-verification
  $hh = JWT::jsonDecode(JWT::urlsafeB64Decode($header));
}
function imageFromDataUri($uri) {
    $split = explode(';base64,', $uri);
    // ok: php-jwt-payload-decoded-without-verification
    return base64_decode($split[1]);
}
function claimsIfValid($token) {
    $valid = verifyToken($token);
    // ok: php-jwt-payload-decoded-without-verification
    $claims = $valid ? json_decode(base64_decode(explode('.', $token)[1]), true) : null;
    return $claims;
}
function claimsAfterSignatureCheck($token, $secret) {
    [$h, $p, $s] = explode('.', $token);
    if (hash_equals(hash_hmac('sha256', "$h.$p", $secret, true), base64_decode(strtr($s, '-_', '+/')))) {
        // ok: php-jwt-payload-decoded-without-verification
        return json_decode(base64_decode(strtr($p, '-_', '+/')), true);
    }
    return null;
}
function claimsUnchecked($token) {
    $valid = verifyToken($token);
    // ruleid: php-jwt-payload-decoded-without-verification
    return json_decode(base64_decode(explode('.', $token)[1]), true);
}
function legacyProfile($token, $level) {
    $verifySignature = $level > 0;
    $key = getenv('JWT_KEY');
    // ruleid: php-jwt-payload-decoded-without-verification
    $claims = JWT::decode($token, $key, $verifySignature);
    // ruleid: php-jwt-payload-decoded-without-verification
    $peek = JWT::decode($token, null, false);
    // ok: php-jwt-payload-decoded-without-verification
    $ok = JWT::decode($token, $key, $allowedAlgs);
    // ok: php-jwt-payload-decoded-without-verification
    $ok2 = JWT::decode($token, $key, ['HS256']);
    return [$claims, $peek, $ok, $ok2];
}
function claimsFromIdToken($idToken) {
    $segments = explode('.', $idToken);
    // ok: php-jwt-payload-decoded-without-verification
    $payload = base64_decode(strtr($segments[1], '-_', '+/'), true);
    return json_decode($payload, true);
}
function claimsFromBearer($token) {
    $segments = explode('.', $token);
    // ruleid: php-jwt-payload-decoded-without-verification
    $payload = base64_decode(strtr($segments[1], '-_', '+/'), true);
    return json_decode($payload, true);
}
