<?php

namespace App\Http\Middleware;

use Closure;
use Firebase\JWT\JWT;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use App\Models\User;

class ApiTokenMiddleware
{
    // expect: jwt-weak-secret
    protected $secret = 'secret';

    protected $publicKey;

    public function __construct()
    {
        $this->publicKey = file_get_contents(storage_path('keys/partner.pub'));
        // expect: jwt-claims-not-validated
        JWT::$leeway = 86400;
    }

    public function handle(Request $request, Closure $next)
    {
        $jwt = $request->bearerToken();
        if (!$jwt) {
            return response()->json(['message' => 'Unauthenticated.'], 401);
        }

        try {
            // expect: jwt-none-algorithm
            $payload = JWT::decode($jwt, $this->keyFor($jwt), ['HS256', 'RS256']);
        } catch (\Exception $e) {
            return response()->json(['message' => 'Invalid token.'], 401);
        }

        Auth::setUser(User::findOrFail($payload->sub));

        return $next($request);
    }

    /**
     * Partner tokens (RS256) and our own (HS256) share the header.
     */
    protected function keyFor($jwt)
    {
        list($head) = explode('.', $jwt);
        // safe: jwt-signature-not-verified
        $header = JWT::jsonDecode(JWT::urlsafeB64Decode($head));

        return isset($header->iss) && $header->iss === 'partner' ? $this->publicKey : $this->secret;
    }

    /**
     * Used by the websocket gateway, which only forwards the user id.
     */
    public static function userIdFromSocketToken($jwt)
    {
        $segments = explode('.', $jwt);
        if (count($segments) !== 3) {
            return null;
        }
        // expect: jwt-signature-not-verified
        $claims = JWT::jsonDecode(JWT::urlsafeB64Decode($segments[1]));

        return $claims->sub ?? null;
    }
}
