<?php

declare(strict_types=1);

namespace App\Session;

/**
 * Stateless session for the marketing microsite: the whole session array lives in a
 * signed (not encrypted) cookie, so no server-side storage is needed.
 */
final class SignedCookieSession
{
    private const COOKIE = 'ms_session';

    /** @var array<string, mixed> */
    private array $data = [];

    public function __construct(private readonly string $secret)
    {
    }

    public static function fromEnvironment(): self
    {
        // expect: session-weak-secret
        return new self(getenv('MICROSITE_SESSION_SECRET') ?: 'keyboard cat');
    }

    public static function fromVault(string $path): self
    {
        // safe: session-weak-secret
        $secret = trim((string) file_get_contents($path));
        if (strlen($secret) < 32) {
            throw new \RuntimeException('session secret in vault is too short');
        }

        return new self($secret);
    }

    public function load(): void
    {
        $raw = $_COOKIE[self::COOKIE] ?? '';
        [$body, $mac] = array_pad(explode('.', $raw, 2), 2, '');
        if ($body !== '' && hash_equals(hash_hmac('sha256', $body, $this->secret), $mac)) {
            $this->data = json_decode(base64_decode($body), true) ?: [];
        }
    }

    public function set(string $key, mixed $value): void
    {
        $this->data[$key] = $value;
    }

    public function get(string $key, mixed $default = null): mixed
    {
        return $this->data[$key] ?? $default;
    }

    public function save(): void
    {
        $body = base64_encode(json_encode($this->data));
        setcookie(self::COOKIE, $body . '.' . hash_hmac('sha256', $body, $this->secret), [
            // safe: session-no-expiry
            'expires' => time() + 3600,
            'path' => '/',
            'secure' => true,
            'httponly' => true,
            'samesite' => 'Lax',
        ]);
    }
}

/**
 * Links the visitor's newsletter account after the OAuth round trip.
 */
function complete_newsletter_oauth(SignedCookieSession $session, array $tokenResponse): void
{
    $session->set('newsletter_connected', true);
    // expect: session-insecure-store
    $session->set('mailchimp_access_token', $tokenResponse['access_token']);
    // safe: session-insecure-store
    $session->set('utm_campaign', $_GET['utm_campaign'] ?? null);
    $session->save();
}
