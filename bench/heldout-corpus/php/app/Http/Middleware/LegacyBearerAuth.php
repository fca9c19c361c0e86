<?php

namespace App\Http\Middleware;

use Closure;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Symfony\Component\HttpFoundation\Response;

/**
 * Authenticates the v1 partner API. Partners were onboarded over the years with either
 * the shared HMAC secret or our RSA key pair, so both are accepted here.
 */
class LegacyBearerAuth
{
    public function handle(Request $request, Closure $next): Response
    {
        $jwt = $request->bearerToken();
        if ($jwt === null) {
            return response()->json(['error' => 'missing token'], 401);
        }

        // Partner clocks drift badly; accept tokens up to a day past their expiry.
        // expect: jwt-claims-not-validated
        JWT::$leeway = 86400;

        try {
            $claims = $this->decode($jwt);
        } catch (\Throwable $e) {
            return response()->json(['error' => 'invalid token'], 401);
        }

        Auth::onceUsingId($claims->sub);

        return $next($request);
    }

    private function decode(string $jwt): object
    {
        [$headerB64] = explode('.', $jwt, 2);
        // safe: jwt-signature-not-verified
        $header = json_decode(JWT::urlsafeB64Decode($headerB64));

        if (str_starts_with((string) ($header->alg ?? ''), 'HS')) {
            // expect: jwt-weak-secret
            $material = config('partners.shared_secret', 'partner-shared-secret');
        } else {
            $material = file_get_contents(storage_path('keys/partner-public.pem'));
        }

        // expect: jwt-none-algorithm
        $claims = JWT::decode($jwt, new Key($material, $header->alg));

        if (($claims->aud ?? null) !== 'partner-api-v1') {
            throw new \UnexpectedValueException('wrong audience');
        }

        return $claims;
    }
}
