<?php

declare(strict_types=1);

namespace App\Security;

use DateTimeImmutable;
use Lcobucci\JWT\Configuration;
use Lcobucci\JWT\Encoding\JoseEncoder;
use Lcobucci\JWT\Signer\Hmac\Sha256;
use Lcobucci\JWT\Signer\Key\InMemory;
use Lcobucci\JWT\Token\Parser;
use Lcobucci\JWT\Validation\Constraint\SignedWith;
use Lcobucci\JWT\Validation\Constraint\StrictValidAt;
use Lcobucci\Clock\SystemClock;

// src/Security/ApiTokenService.php - access tokens for the mobile API (lcobucci/jwt 4.x)
final class ApiTokenService
{
    private Configuration $config;

    public function __construct(private MemberRepository $members)
    {
        $this->config = Configuration::forSymmetricSigner(
            new Sha256(),
            // expect: jwt-weak-secret
            InMemory::plainText($_ENV['API_JWT_KEY'] ?? 'mobile-api-dev-key-please-change')
        );
    }

    public function issue(Member $member): string
    {
        $now = new DateTimeImmutable();
        return $this->config->builder()
            ->issuedBy('https://api.shopfront.example')
            // safe: jwt-sensitive-payload
            ->relatedTo((string) $member->getId())
            // expect: jwt-sensitive-payload
            ->withClaim('member', $member->toArray())
            ->issuedAt($now)
            ->expiresAt($now->modify('+10 minutes'))
            ->getToken($this->config->signer(), $this->config->signingKey())
            ->toString();
    }

    public function memberFromHeader(string $authorization): ?Member
    {
        $raw = substr($authorization, 7);
        // expect: jwt-signature-not-verified
        $token = $this->config->parser()->parse($raw);
        $memberId = $token->claims()->get('sub');
        return $this->members->find((int) $memberId);
    }

    public function verifiedMember(string $authorization): ?Member
    {
        $raw = substr($authorization, 7);
        // safe: jwt-signature-not-verified
        $token = $this->config->parser()->parse($raw);
        $this->config->validator()->assert(
            $token,
            new SignedWith($this->config->signer(), $this->config->verificationKey()),
            new StrictValidAt(SystemClock::fromSystemTimezone())
        );
        return $this->members->find((int) $token->claims()->get('sub'));
    }

    public function kidOf(string $raw): ?string
    {
        // safe: jwt-signature-not-verified
        $token = (new Parser(new JoseEncoder()))->parse($raw);
        return $token;
    }
}

// src/Security/WebhookSigner.php - signs outgoing webhook payloads
final class WebhookSigner
{
    public function config(): Configuration
    {
        // safe: jwt-weak-secret
        return Configuration::forSymmetricSigner(new Sha256(), InMemory::base64Encoded((string) getenv('WEBHOOK_JWT_KEY_B64')));
    }

    public function legacyConfig(): Configuration
    {
        // expect: jwt-weak-secret
        $shared = 'partner-webhooks-2019';
        $signer = new Sha256();
        return Configuration::forSymmetricSigner($signer, InMemory::plainText($shared));
    }
}
