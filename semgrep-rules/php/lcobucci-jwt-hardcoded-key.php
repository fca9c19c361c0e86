<?php
use Lcobucci\JWT\Configuration;
use Lcobucci\JWT\Signer\Hmac\Sha256;
use Lcobucci\JWT\Signer\Key\InMemory;
use Lcobucci\JWT\Signer\Key;
use Lcobucci\JWT\Builder;

final class TokenConfigFactory
{
    private const SIGNING_SECRET = 'our-team-signing-secret-2021';
    private $fallback = 'property-held-secret';

    public function inline(): Configuration
    {
        return Configuration::forSymmetricSigner(
            new Sha256(),
            // ruleid: lcobucci-jwt-hardcoded-key
            InMemory::plainText('inline-literal-secret-value')
        );
    }

    public function fromConstant(): Configuration
    {
        // ruleid: lcobucci-jwt-hardcoded-key
        return Configuration::forSymmetricSigner(new Sha256(), InMemory::plainText(self::SIGNING_SECRET));
    }

    public function fromProperty(): Configuration
    {
        // ruleid: lcobucci-jwt-hardcoded-key
        return Configuration::forSymmetricSigner(new Sha256(), InMemory::base64Encoded('c2VjcmV0LXNlY3JldA=='));
    }

    public function fromLocal(): Configuration
    {
        // ruleid: lcobucci-jwt-hardcoded-key
        $secret = 'local-variable-secret';
        $signer = new Sha256();
        return Configuration::forSymmetricSigner($signer, InMemory::plainText($secret));
    }

    public function fromEnvWithFallback(): Configuration
    {
        // ruleid: lcobucci-jwt-hardcoded-key
        return Configuration::forSymmetricSigner(new Sha256(), InMemory::plainText(getenv('JWT_SECRET') ?: 'dev-secret'));
    }

    public function fromEnv(): Configuration
    {
        // ok: lcobucci-jwt-hardcoded-key
        return Configuration::forSymmetricSigner(new Sha256(), InMemory::plainText(getenv('JWT_SECRET')));
    }

    public function fromFile(): Configuration
    {
        // ok: lcobucci-jwt-hardcoded-key
        return Configuration::forAsymmetricSigner(new \Lcobucci\JWT\Signer\Rsa\Sha256(), InMemory::file(__DIR__ . '/private.pem'), InMemory::file(__DIR__ . '/public.pem'));
    }
}

function legacyIssue(int $uid): string
{
    $signer = new Sha256();
    // ruleid: lcobucci-jwt-hardcoded-key
    $token = (new Builder())->setIssuer('https://app.example')
        ->set('uid', $uid)
        ->sign($signer, 'legacy-shared-secret')
        ->getToken();
    return (string) $token;
}

function legacyVerify($token): bool
{
    // ruleid: lcobucci-jwt-hardcoded-key
    return $token->verify(new Sha256(), new Key('legacy-shared-secret'));
}

function firebaseLookAlike($jwt, $secret)
{
    // ok: lcobucci-jwt-hardcoded-key
    return \Firebase\JWT\JWT::decode($jwt, new Key($secret, 'HS256'));
}
