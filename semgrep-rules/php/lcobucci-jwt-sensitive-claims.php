<?php
use Lcobucci\JWT\Configuration;

final class SessionTokenIssuer
{
    public function __construct(private Configuration $config) {}

    public function issue(User $user, DateTimeImmutable $now): string
    {
        $token = $this->config->builder()
            ->issuedBy('https://portal.example')
            // ok: lcobucci-jwt-sensitive-claims
            ->relatedTo((string) $user->id)
            // ok: lcobucci-jwt-sensitive-claims
            ->withClaim('roles', $user->roleNames())
            // ruleid: lcobucci-jwt-sensitive-claims
            ->withClaim('password_hash', $user->password)
            // ruleid: lcobucci-jwt-sensitive-claims
            ->withClaim('profile', $user->toArray())
            ->expiresAt($now->modify('+10 minutes'))
            ->getToken($this->config->signer(), $this->config->signingKey());
        return $token->toString();
    }

    public function issueForRow(PDOStatement $stmt, DateTimeImmutable $now): string
    {
        return $this->config->builder()
            // ruleid: lcobucci-jwt-sensitive-claims
            ->withClaim('account', $stmt->fetch(PDO::FETCH_ASSOC))
            // ok: lcobucci-jwt-sensitive-claims
            ->withClaim('tenant', 'acme')
            ->expiresAt($now->modify('+5 minutes'))
            ->getToken($this->config->signer(), $this->config->signingKey())
            ->toString();
    }
}
