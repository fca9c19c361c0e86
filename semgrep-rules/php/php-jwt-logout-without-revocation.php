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
// the app's own services end the refresh-token family or the session server-side
function api_logout_family(TokenFamilies $families): void
{
    $families->terminateFamily($_COOKIE['refresh_token'] ?? '');
    // ok: php-jwt-logout-without-revocation
    setcookie('auth_token', '', time() - 3600, '/', '', true, true);
    http_response_code(204);
}
function api_logout_session(SessionRepository $sessionRepository, string $sid): void
{
    $sessionRepository->delete($sid);
    // ok: php-jwt-logout-without-revocation
    setcookie('auth_token', '', time() - 3600, '/', '', true, true);
}
function api_logout_helper(string $sid): void
{
    perform_logout($sid);
    // ok: php-jwt-logout-without-revocation
    setcookie('auth_token', '', time() - 3600, '/', '', true, true);
}
function api_logout_cache_only(Logger $logger): void
{
    $logger->info('logout');
    // ruleid: php-jwt-logout-without-revocation
    setcookie('auth_token', '', time() - 3600, '/', '', true, true);
}

class ApiSecurityController
{
    public function logout(Request $request): JsonResponse
    {
        $payload = $this->jwtManager->parse((string) $request->cookies->get('__Host-BEARER'));
        $ttl = max(1, ($payload['exp'] ?? time()) - time());
        $this->revokedTokens->get('jwt_revoked_' . $payload['jti'], function (ItemInterface $item) use ($ttl) {
            $item->expiresAfter($ttl);
            return true;
        });
        $response = new JsonResponse(['ok' => true]);
        // ok: php-jwt-logout-without-revocation
        $response->headers->clearCookie('__Host-BEARER', '/', null, true, true, Cookie::SAMESITE_STRICT);
        return $response;
    }

    public function signOut(Request $request): JsonResponse
    {
        $payload = $this->jwtManager->parse((string) $request->cookies->get('__Host-BEARER'));
        $this->logger->info('sign out', ['sub' => $payload['sub']]);
        $response = new JsonResponse(['ok' => true]);
        // ruleid: php-jwt-logout-without-revocation
        $response->headers->clearCookie('__Host-BEARER', '/', null, true, true, Cookie::SAMESITE_STRICT);
        return $response;
    }
}
