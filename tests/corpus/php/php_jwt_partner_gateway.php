<?php

namespace Gateway;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Firebase\JWT\JWK;

// src/PartnerGateway.php - issues and checks tokens for partner integrations.
class PartnerGateway
{
    private string $hmacKey;
    private array $partnerKeys;

    public function __construct()
    {
        // safe: jwt-weak-secret
        $this->hmacKey = (string) getenv('PARTNER_HMAC_KEY');
        $this->partnerKeys = JWK::parseKeySet(json_decode(file_get_contents(__DIR__ . '/../var/jwks.json'), true));
    }

    public function issueForPartner(array $partner): string
    {
        $claims = [
            'sub' => $partner['id'],
            'scope' => $partner['scopes'],
            // expect: jwt-long-lived
            'exp' => (new \DateTimeImmutable())->modify('+12 hours')->getTimestamp(),
        ];
        return JWT::encode($claims, $this->hmacKey, 'HS256');
    }

    public function issueWebhookToken(array $partner): string
    {
        // safe: jwt-long-lived
        // safe: jwt-sensitive-payload
        return JWT::encode(['sub' => $partner['id'], 'scope' => 'webhook', 'exp' => time() + 300], $this->hmacKey, 'HS256');
    }

    public function issueWithSecrets(array $partner): string
    {
        return JWT::encode([
            'sub' => $partner['id'],
            // expect: jwt-sensitive-payload
            'api_key' => $partner['api_key'],
            // expect: jwt-sensitive-payload
            'client_secret' => $partner['client_secret'],
            'exp' => time() + 300,
        ], $this->hmacKey, 'HS256');
    }

    public function issueProfile(\App\Models\Partner $partner): string
    {
        // expect: jwt-sensitive-payload
        $payload = $partner->toArray();
        $payload['exp'] = time() + 300;
        return JWT::encode($payload, $this->hmacKey, 'HS256');
    }

    public function issueDebugToken(int $id): string
    {
        $key = 'debug-partner-key';
        // expect: jwt-weak-secret
        return JWT::encode(['sub' => $id, 'exp' => time() + 300], $key, 'HS256');
    }

    public function verifyPartner(string $jwt): object
    {
        // safe: jwt-none-algorithm
        $claims = JWT::decode($jwt, $this->partnerKeys);
        // safe: jwt-claims-not-validated
        if (($claims->iss ?? '') !== 'https://partners.example' || ($claims->aud ?? '') !== 'gateway') {
            throw new \RuntimeException('unexpected issuer');
        }
        return $claims;
    }

    public function verifyHmac(string $jwt): object
    {
        // expect: jwt-claims-not-validated
        $claims = JWT::decode($jwt, new Key($this->hmacKey, 'HS256'));
        return $claims;
    }

    public function verifyLiteral(string $jwt): array
    {
        // expect: jwt-weak-secret
        // expect: jwt-claims-not-validated
        $claims = (array) JWT::decode($jwt, new Key('partner-shared-secret', 'HS256'));
        return $claims;
    }

    public function peek(string $jwt): ?string
    {
        // expect: jwt-signature-not-verified
        $payload = json_decode(base64_decode(str_replace(['-', '_'], ['+', '/'], explode('.', $jwt)[1])), true);
        return $payload['partner_id'] ?? null;
    }

    public function headerKid(string $jwt): ?string
    {
        // safe: jwt-signature-not-verified
        $header = json_decode(JWT::urlsafeB64Decode(explode('.', $jwt)[0]));
        return $header->kid ?? null;
    }

    public function legacyVerify(string $jwt): object
    {
        $allowed = ['HS256', 'HS384', 'RS256'];
        // expect: jwt-none-algorithm
        $claims = JWT::decode($jwt, $this->hmacKey, $allowed);
        if ($claims->iss !== 'legacy' || $claims->aud !== 'gateway') {
            throw new \RuntimeException('bad token');
        }
        return $claims;
    }

    public function issueSession(int $id): string
    {
        // expect: jwt-long-lived
        return JWT::encode(['sub' => $id, 'iat' => time(), 'exp' => time() + 3600 * 24], $this->hmacKey, 'HS256');
    }

    public function issueCarbon(int $id): string
    {
        // expect: jwt-long-lived
        return JWT::encode(['sub' => $id, 'exp' => now()->addDays(7)->getTimestamp()], $this->hmacKey, 'HS256');
    }

    public function issueShortCarbon(int $id): string
    {
        // safe: jwt-long-lived
        return JWT::encode(['sub' => $id, 'exp' => now()->addMinutes(10)->getTimestamp()], $this->hmacKey, 'HS256');
    }
}
