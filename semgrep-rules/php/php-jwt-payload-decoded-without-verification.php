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
