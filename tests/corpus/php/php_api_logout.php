<?php

namespace App\Http\Controllers\Api;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cookie;
use Illuminate\Support\Facades\Redis;

// JWT-in-cookie API: the SPA sends the `access_token` cookie on every request.
class SessionController
{
    public function logout(Request $request): JsonResponse
    {
        // expect: jwt-no-revocation
        return response()->json(['message' => 'Logged out'])->withoutCookie('access_token');
    }

    public function logoutEverywhere(Request $request): JsonResponse
    {
        // expect: jwt-claims-not-validated
        $claims = JWT::decode($request->cookie('access_token'), new Key(getenv('JWT_SECRET'), 'HS256'));
        $request->user()->increment('token_version');
        // safe: jwt-no-revocation
        return response()->json(['ok' => true])->withoutCookie('access_token');
    }

    public function logoutDevice(Request $request): JsonResponse
    {
        // expect: jwt-claims-not-validated
        $claims = JWT::decode($request->cookie('access_token'), new Key(getenv('JWT_SECRET'), 'HS256'));
        Redis::setex('jwt:denylist:' . $claims->jti, max(1, $claims->exp - time()), 1);
        // safe: jwt-no-revocation
        Cookie::queue(Cookie::forget('access_token'));
        return response()->json(['ok' => true]);
    }

    public function signout(Request $request): JsonResponse
    {
        // expect: jwt-no-revocation
        Cookie::queue(Cookie::forget('jwt'));
        return response()->json(['ok' => true]);
    }
}

// public/api/logout.php - legacy endpoint of the mobile app
function api_logout(): void
{
    // expect: jwt-no-revocation
    setcookie('auth_token', '', time() - 3600, '/', '', true, true);
    http_response_code(204);
}

function api_logout_v2(PDO $pdo, object $claims): void
{
    $stmt = $pdo->prepare('INSERT INTO revoked_tokens (jti, expires_at) VALUES (?, ?)');
    $stmt->execute([$claims->jti, date('c', $claims->exp)]);
    // safe: jwt-no-revocation
    setcookie('auth_token', '', time() - 3600, '/', '', true, true);
    http_response_code(204);
}

function api_logout_session(): void
{
    session_start();
    session_destroy();
    // safe: jwt-no-revocation
    unset($_COOKIE['auth_token']);
}

function handle_logout(): void
{
    unset($_COOKIE['bearer_token']);
    // expect: jwt-no-revocation
    setcookie('bearer_token', '', ['expires' => 1, 'path' => '/', 'secure' => true, 'httponly' => true]);
    header('Location: /');
}
