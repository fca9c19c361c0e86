<?php
use Firebase\JWT\JWT;
use Firebase\JWT\Key;

class TokenGuard {
  public function boot() {
    // ruleid: php-jwt-leeway-too-large
    JWT::$leeway = 86400;
  }
  public function bootSkewOnly() {
    // ok: php-jwt-leeway-too-large
    JWT::$leeway = 60;
  }
  public function bootFqcn() {
    // ruleid: php-jwt-leeway-too-large
    \Firebase\JWT\JWT::$leeway = 7 * 24 * 3600;
  }
}
