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
