<?php

declare(strict_types=1);

namespace App\Security;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use App\Repository\UserRepository;

// firebase/php-jwt 6.x token service used by the REST API.
final class JwtAuthService
{
    private const ISSUER = 'https://api.billing.example';
    private const AUDIENCE = 'billing-spa';
    // expect: jwt-weak-secret
    private const FALLBACK_SECRET = 'billing-dev-secret';

    private string $secret;

    public function __construct(private UserRepository $users)
    {
        $this->secret = (string) getenv('JWT_SECRET');
    }

    public function issueAccessToken(array $user): string
    {
        $now = time();
        $payload = [
            'iss' => self::ISSUER,
            'aud' => self::AUDIENCE,
            'sub' => $user['id'],
            'roles' => $user['roles'],
            'iat' => $now,
            // safe: jwt-long-lived
            'exp' => $now + 900,
        ];
        // safe: jwt-weak-secret
        return JWT::encode($payload, $this->secret, 'HS256');
    }

    public function issueRememberToken(array $user): string
    {
        $payload = [
            'iss' => self::ISSUER,
            'sub' => $user['id'],
            // expect: jwt-long-lived
            'exp' => time() + 86400 * 30,
        ];
        return JWT::encode($payload, $this->secret, 'HS256');
    }

    public function issueDownloadToken(int $userId, string $file): string
    {
        // expect: jwt-long-lived
        return JWT::encode(['sub' => $userId, 'file' => $file], $this->secret, 'HS256');
    }

    public function issueWeekToken(int $userId): string
    {
        // expect: jwt-long-lived
        return JWT::encode(['sub' => $userId, 'exp' => strtotime('+7 days')], $this->secret, 'HS256');
    }

    public function issueLegacyToken(int $userId): string
    {
        return JWT::encode(['sub' => $userId, 'exp' => time() + 600], self::FALLBACK_SECRET, 'HS256');
    }

    public function issueFromEnv(int $userId): string
    {
        // expect: jwt-weak-secret
        $key = new Key(getenv('JWT_SECRET') ?: 'changeme', 'HS256');
        return JWT::encode(['sub' => $userId, 'exp' => time() + 600], $key->getKeyMaterial(), 'HS256');
    }

    public function verify(string $jwt): object
    {
        // safe: jwt-none-algorithm
        $claims = JWT::decode($jwt, new Key($this->secret, 'HS256'));
        // safe: jwt-claims-not-validated
        if ($claims->iss !== self::ISSUER || $claims->aud !== self::AUDIENCE) {
            throw new \UnexpectedValueException('wrong issuer or audience');
        }
        return $claims;
    }

    public function verifyLoose(string $jwt): object
    {
        // expect: jwt-claims-not-validated
        $claims = JWT::decode($jwt, new Key($this->secret, 'HS256'));
        return $this->users->find($claims->sub);
    }

    public function verifyUnsigned(string $jwt): object
    {
        // expect: jwt-none-algorithm
        $key = new Key($this->secret, 'none');
        $decoded = JWT::decode($jwt, $key);
        if ($decoded->iss !== self::ISSUER) {
            throw new \UnexpectedValueException('issuer');
        }
        return $decoded;
    }

    public function verifyWithHeaderAlg(string $jwt, object $header): object
    {
        // expect: jwt-none-algorithm
        $decoded = JWT::decode($jwt, new Key($this->secret, $header->alg));
        if ($decoded->aud !== self::AUDIENCE) {
            throw new \UnexpectedValueException('audience');
        }
        return $decoded;
    }

    public function relaxClockSkew(): void
    {
        // expect: jwt-claims-not-validated
        JWT::$leeway = 86400;
    }

    public function normalClockSkew(): void
    {
        // safe: jwt-claims-not-validated
        JWT::$leeway = 60;
    }
}
