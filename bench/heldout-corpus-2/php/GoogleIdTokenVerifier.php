<?php

declare(strict_types=1);

namespace App\Security;

use Firebase\JWT\JWK;
use Firebase\JWT\JWT;
use Psr\SimpleCache\CacheInterface;
use RuntimeException;

/**
 * Verifies "Sign in with Google" ID tokens posted by the web and Android clients.
 */
final class GoogleIdTokenVerifier
{
    private const CERTS_URL = 'https://www.googleapis.com/oauth2/v3/certs';
    private const ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];

    public function __construct(
        private CacheInterface $cache,
        private string $webClientId,
        private string $androidClientId,
    ) {
    }

    private function keys(): array
    {
        $jwks = $this->cache->get('google_jwks');
        if ($jwks === null) {
            $jwks = json_decode((string) file_get_contents(self::CERTS_URL), true, 512, JSON_THROW_ON_ERROR);
            $this->cache->set('google_jwks', $jwks, 3600);
        }
        return JWK::parseKeySet($jwks, 'RS256');
    }

    /**
     * Web sign-in button.
     */
    public function verifyWeb(string $idToken): array
    {
        // safe: jwt-none-algorithm, jwt-claims-not-validated
        $claims = (array) JWT::decode($idToken, $this->keys());

        if (!in_array($claims['iss'] ?? '', self::ISSUERS, true)) {
            throw new RuntimeException('Wrong issuer');
        }
        if (($claims['aud'] ?? '') !== $this->webClientId) {
            throw new RuntimeException('Token was issued for another client');
        }
        if (empty($claims['email_verified'])) {
            throw new RuntimeException('Email not verified');
        }
        return ['google_id' => $claims['sub'], 'email' => $claims['email']];
    }

    /**
     * Android one-tap; the app posts the credential straight to us.
     */
    public function verifyAndroid(string $idToken): array
    {
        // expect: jwt-claims-not-validated
        $claims = JWT::decode($idToken, $this->keys());

        return ['google_id' => $claims->sub, 'email' => $claims->email ?? null];
    }

    /**
     * Debug endpoint for support staff: shows what a customer's token contains.
     * The result is only displayed, never used to sign anyone in.
     */
    public static function describe(string $idToken): array
    {
        [$header, $payload] = explode('.', $idToken) + [null, null];

        return [
            'header' => JWT::jsonDecode(JWT::urlsafeB64Decode((string) $header)),
            // safe: jwt-signature-not-verified
            'payload' => JWT::jsonDecode(JWT::urlsafeB64Decode((string) $payload)),
        ];
    }
}
