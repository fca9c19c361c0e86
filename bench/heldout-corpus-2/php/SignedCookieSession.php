<?php

namespace Legacy\Session;

/**
 * Stateless session for the storefront edge nodes: the whole session lives in
 * one signed cookie so the nodes need no shared storage.
 */
class SignedCookieSession
{
    // expect: session-weak-secret
    private const SIGNING_KEY = 'keyboard cat';
    private const COOKIE = 'sf_sess';

    private array $data = [];

    public static function load(): self
    {
        $s = new self();
        $raw = $_COOKIE[self::COOKIE] ?? '';
        if (strpos($raw, '.') !== false) {
            [$body, $mac] = explode('.', $raw, 2);
            if (hash_equals(hash_hmac('sha256', $body, self::SIGNING_KEY), $mac)) {
                $s->data = json_decode(base64_decode($body), true) ?: [];
            }
        }
        return $s;
    }

    public function get(string $key, $default = null)
    {
        return $this->data[$key] ?? $default;
    }

    public function set(string $key, $value): void
    {
        $this->data[$key] = $value;
    }

    public function save(): void
    {
        $body = base64_encode(json_encode($this->data));
        $mac = hash_hmac('sha256', $body, self::SIGNING_KEY);
        // safe: session-cookie-insecure
        setcookie(self::COOKIE, $body . '.' . $mac, [
            'expires' => 0,
            'path' => '/',
            'secure' => true,
            'httponly' => true,
            'samesite' => 'Lax',
        ]);
    }
}

function storefront_remember_checkout(array $customer, string $paymentApiToken): void
{
    $session = SignedCookieSession::load();
    // safe: session-insecure-store
    $session->set('cart_id', $customer['cart_id']);
    // expect: session-insecure-store
    $session->set('payment_api_token', $paymentApiToken);
    $session->save();
}

function configure_native_sessions(): void
{
    ini_set('session.save_handler', 'redis');
    // expect: session-insecure-store
    ini_set('session.save_path', 'tcp://10.20.0.15:6379?weight=1&timeout=2.5');
    ini_set('session.use_strict_mode', '1');
}
