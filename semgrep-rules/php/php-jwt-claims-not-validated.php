<?php
class A {
  public function handle($jwt) {
    // ruleid: php-jwt-claims-not-validated
    $decoded = JWT::decode($jwt, new Key($this->key, 'HS256'));
    // ok: php-jwt-claims-not-validated
    return $decoded->sub;
  }
  public function handle2($jwt) {
    // ok: php-jwt-claims-not-validated
    $decoded = JWT::decode($jwt, new Key($this->key, 'HS256'));
    if ($decoded->iss !== 'https://auth.example.com' || $decoded->aud !== 'api') {
      throw new Exception('bad');
    }
    // ok: php-jwt-claims-not-validated
    return $decoded->sub;
  }
  public function handle3($jwt) {
    // ok: php-jwt-claims-not-validated
    $claims = (array) JWT::decode($jwt, new Key($this->key, 'HS256'));
    // ok: php-jwt-claims-not-validated
    if (($claims['iss'] ?? null) !== self::ISSUER) { throw new Exception('x'); }
  }
}

function h4($jwt) {
    // ok: php-jwt-claims-not-validated
    $decoded = JWT::decode($jwt, new Key(KEY, 'HS256'));
    // ok: php-jwt-claims-not-validated
    if ($decoded->aud !== 'api') throw new Exception('x');
    $x = 1;
}
function h5($jwt) {
    // ok: php-jwt-claims-not-validated
    $decoded = JWT::decode($jwt, new Key(KEY, 'HS256'));
    // ok: php-jwt-claims-not-validated
    if ($decoded->aud !== 'api') { throw new Exception('x'); } else { $y = 2; }
}

// top-level script
// ruleid: php-jwt-claims-not-validated
$decoded = JWT::decode($jwt, new Key($key, 'HS256'));
echo $decoded->sub;

class IdToken {
  public function __construct(string $idToken, array $keys) {
    try {
      // ok: php-jwt-claims-not-validated
      $tokenClaims = (array)JWT::decode($idToken, $keys);
    } catch (Exception $e) {
      throw new BadRequestException('Unable to decode JWT token.');
    }
    $this->assertTokenClaims($tokenClaims);
    $this->claims = $tokenClaims;
  }
  public function assertTokenClaims(array $tokenClaims): void {
    if (($tokenClaims['aud'] ?? null) !== $this->clientId) throw new BadRequestException('aud');
    if (($tokenClaims['iss'] ?? null) !== $this->issuer) throw new BadRequestException('iss');
  }
  public function other($jwt) {
    // ruleid: php-jwt-claims-not-validated
    $payload = JWT::decode($jwt, new Key($this->key, 'HS256'));
    $this->log($payload);
    return $payload->sub;
  }
}
