<?php
return [
    'secret' => env('JWT_SECRET'),
    // ruleid: tymon-jwt-auth-long-ttl
    'ttl' => env('JWT_TTL', 60 * 24 * 7),
    // ok: tymon-jwt-auth-long-ttl
    'refresh_ttl' => env('JWT_REFRESH_TTL', 20160),
    'required_claims' => ['iss', 'iat', 'exp', 'nbf', 'sub', 'jti'],
    'blacklist_enabled' => env('JWT_BLACKLIST_ENABLED', true),
];
class ApiAuthController {
    public function login(Request $request) {
        $credentials = $request->only('email', 'password');
        // ruleid: tymon-jwt-auth-long-ttl
        $token = auth('api')->setTTL(43200)->attempt($credentials);
        return response()->json(['access_token' => $token]);
    }
    public function kiosk(Request $request) {
        // ruleid: tymon-jwt-auth-long-ttl
        JWTAuth::factory()->setTTL(null);
        // ok: tymon-jwt-auth-long-ttl
        auth()->factory()->setTTL(10);
        return auth()->attempt($request->only('email', 'password'));
    }
}
