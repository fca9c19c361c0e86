<?php
class AuthController {
  public function logout(Request $request) {
    // ruleid: php-jwt-logout-without-revocation
    setcookie('access_token', '', time() - 3600, '/');
    // ok: php-jwt-logout-without-revocation
    return response()->json(['ok' => true]);
  }
  public function logout2(Request $request) {
    // ok: php-jwt-logout-without-revocation
    $this->redis->setex('revoked:' . $claims->jti, $claims->exp - time(), 1);
    // ok: php-jwt-logout-without-revocation
    setcookie('access_token', '', time() - 3600, '/');
  }
  public function logout3() {
    // ruleid: php-jwt-logout-without-revocation
    return response()->json(['ok' => true])->withoutCookie('jwt');
  }
}
function api_logout(): void
{
    // ruleid: php-jwt-logout-without-revocation
    setcookie('auth_token', '', time() - 3600, '/', '', true, true);
    http_response_code(204);
}
