<?php
function stagingJwtConfig() {
    return [
        'ttl' => env('JWT_TTL', 15),
        'refresh_ttl' => env('JWT_REFRESH_TTL', 20160),
        // ruleid: tymon-jwt-auth-no-revocation
        'blacklist_enabled' => env('JWT_BLACKLIST_ENABLED', true),
    ];
}
return [
    'ttl' => env('JWT_TTL', 15),
    'refresh_ttl' => env('JWT_REFRESH_TTL', 20160),
    // ok: tymon-jwt-auth-no-revocation
    'blacklist_enabled' => env('JWT_BLACKLIST_ENABLED', true),
];

class AuthController extends Controller
{
    public function login(Request $request)
    {
        if (! $token = auth('api')->attempt($request->only('email', 'password'))) {
            return response()->json(['error' => 'Unauthorized'], 401);
        }
        return response()->json(['access_token' => $token]);
    }

    // ruleid: tymon-jwt-auth-no-revocation
    public function logout()
    {
        return response()->json(['message' => 'Successfully logged out']);
    }
}

class TokenController extends Controller
{
    public function issue(Request $request)
    {
        $token = JWTAuth::fromUser($request->user());
        return response()->json(['token' => $token]);
    }

    // ok: tymon-jwt-auth-no-revocation
    public function logout()
    {
        JWTAuth::invalidate(JWTAuth::getToken());
        return response()->json(['message' => 'bye']);
    }
}

class WebSessionController extends Controller
{
    // ok: tymon-jwt-auth-no-revocation
    public function logout(Request $request)
    {
        return redirect('/');
    }
}
