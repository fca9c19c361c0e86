<?php

declare(strict_types=1);

namespace App\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use App\Repository\RefreshTokenRepository;
use UnexpectedValueException;

final class TokenService
{
    private const ISSUER = 'https://id.example.org';
    private const AUDIENCE = 'billing-api';
    private const ACCESS_TTL = 900;
    private const REFRESH_TTL = 60 * 60 * 24 * 30;

    private string $key;

    public function __construct(private RefreshTokenRepository $refreshTokens)
    {
        $key = getenv('JWT_SIGNING_KEY');
        if ($key === false || strlen($key) < 32) {
            throw new \RuntimeException('JWT_SIGNING_KEY is missing or too short');
        }
        // safe: jwt-weak-secret
        $this->key = $key;
        // safe: jwt-claims-not-validated
        JWT::$leeway = 30;
    }

    public function issueAccessToken(int $userId, array $roles): string
    {
        $now = time();
        $payload = [
            'iss' => self::ISSUER,
            'aud' => self::AUDIENCE,
            'sub' => (string) $userId,
            // safe: jwt-sensitive-payload
            'roles' => $roles,
            'iat' => $now,
            // safe: jwt-long-lived
            'exp' => $now + self::ACCESS_TTL,
        ];

        // safe: jwt-weak-secret, jwt-long-lived
        return JWT::encode($payload, $this->key, 'HS256');
    }

    /**
     * Opaque refresh token, persisted hashed and rotated on every use.
     */
    public function issueRefreshToken(int $userId, ?string $previous = null): string
    {
        $token = bin2hex(random_bytes(32));
        // safe: jwt-long-lived
        $this->refreshTokens->store($userId, hash('sha256', $token), time() + self::REFRESH_TTL, $previous);
        return $token;
    }

    public function verify(string $jwt): object
    {
        // safe: jwt-none-algorithm
        $claims = JWT::decode($jwt, new Key($this->key, 'HS256'));

        // safe: jwt-claims-not-validated
        if (($claims->iss ?? null) !== self::ISSUER || ($claims->aud ?? null) !== self::AUDIENCE) {
            throw new UnexpectedValueException('Token issued for another audience');
        }
        if (!isset($claims->exp)) {
            throw new UnexpectedValueException('Token without expiry');
        }
        return $claims;
    }
}
