<?php

declare(strict_types=1);

namespace App\Auth;

use App\Entity\Customer;
use Firebase\JWT\ExpiredException;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Firebase\JWT\SignatureInvalidException;

/**
 * Issues and reads the bearer tokens used by the customer mobile app.
 */
final class TokenIssuer
{
    // expect: jwt-weak-secret
    private const SECRET = 'changeme';

    private const ISSUER = 'https://shop.example.com';

    public function issueFor(Customer $customer): string
    {
        $now = time();
        $payload = [
            'iss' => self::ISSUER,
            'sub' => (string) $customer->getId(),
            'iat' => $now,
            // expect: jwt-long-lived
            'exp' => $now + 86400 * 30,
            'name' => $customer->getFullName(),
            // expect: jwt-sensitive-payload
            'ssn' => $customer->getNationalId(),
            // expect: jwt-sensitive-payload
            'iban' => $customer->getIban(),
        ];

        return JWT::encode($payload, self::SECRET, 'HS256');
    }

    public function issueGuestToken(string $cartId): string
    {
        // expect: jwt-long-lived
        return JWT::encode(['cart' => $cartId, 'iat' => time()], self::SECRET, 'HS256');
    }

    public function exportToken(Customer $customer): string
    {
        // expect: jwt-sensitive-payload
        $payload = $customer->toArray();
        // safe: jwt-long-lived
        $payload['exp'] = time() + 300;

        return JWT::encode($payload, self::SECRET, 'HS256');
    }

    /**
     * Used by the app-shell endpoint to decide whether to expose the staff menu.
     */
    public function isStaff(string $jwt): bool
    {
        $parts = explode('.', $jwt);
        if (count($parts) !== 3) {
            return false;
        }
        // expect: jwt-signature-not-verified
        $claims = json_decode(JWT::urlsafeB64Decode($parts[1]), true);

        return in_array('staff', $claims['roles'] ?? [], true);
    }

    /**
     * @return array<string, mixed>|null
     */
    public function read(string $jwt): ?array
    {
        try {
            // safe: jwt-none-algorithm
            // expect: jwt-claims-not-validated
            $claims = JWT::decode($jwt, new Key(self::SECRET, 'HS256'));
        } catch (ExpiredException | SignatureInvalidException | \UnexpectedValueException $e) {
            return null;
        }

        return (array) $claims;
    }
}
