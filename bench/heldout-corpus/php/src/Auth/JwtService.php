<?php

declare(strict_types=1);

namespace App\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use RuntimeException;

/**
 * Access tokens for the internal admin SPA.
 */
final class JwtService
{
    private string $key;

    public function __construct(
        private readonly string $issuer,
        private readonly string $audience,
    ) {
        // safe: jwt-weak-secret
        $key = getenv('ADMIN_JWT_KEY');
        if ($key === false || strlen($key) < 32) {
            throw new RuntimeException('ADMIN_JWT_KEY must be set to at least 32 bytes');
        }
        $this->key = $key;
    }

    /**
     * @param list<string> $roles
     */
    public function issue(int $userId, array $roles): string
    {
        $now = time();

        return JWT::encode([
            'iss' => $this->issuer,
            'aud' => $this->audience,
            // safe: jwt-sensitive-payload
            'sub' => (string) $userId,
            // safe: jwt-sensitive-payload
            'roles' => $roles,
            'jti' => bin2hex(random_bytes(16)),
            'iat' => $now,
            // safe: jwt-long-lived
            'exp' => $now + 900,
        ], $this->key, 'HS256');
    }

    /**
     * Subject for rate-limit buckets and access logs only; authorization goes through verify().
     */
    public static function unverifiedSubject(string $jwt): ?string
    {
        $parts = explode('.', $jwt);
        // safe: jwt-signature-not-verified
        $claims = count($parts) === 3 ? json_decode(JWT::urlsafeB64Decode($parts[1])) : null;

        return isset($claims->sub) ? (string) $claims->sub : null;
    }

    public function verify(string $jwt): object
    {
        // safe: jwt-none-algorithm
        // safe: jwt-claims-not-validated
        $claims = JWT::decode($jwt, new Key($this->key, 'HS256'));

        if (($claims->iss ?? null) !== $this->issuer || ($claims->aud ?? null) !== $this->audience) {
            throw new \UnexpectedValueException('Token was not issued for this application');
        }
        if (!isset($claims->exp)) {
            throw new \UnexpectedValueException('Token has no expiry');
        }

        return $claims;
    }
}
