<?php

namespace Desk\Controller;

use Desk\Db;

// src/Controller/AccountController.php - custom micro-framework controller.
final class AccountController
{
    public function __construct(private Db $db) {}

    public function login(array $post): void
    {
        $user = $this->db->findUserByEmail($post['email'] ?? '');
        if (!$user || !password_verify($post['password'] ?? '', $user['hash'])) {
            http_response_code(401);
            return;
        }
        session_regenerate_id(true);
        // safe: session-fixation
        $_SESSION['user_id'] = $user['id'];
        // safe: session-cookie-insecure
        setcookie('session_hint', '1', ['expires' => 0, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
    }

    public function loginLegacy(array $post): void
    {
        $user = $this->db->findUserByEmail($post['email'] ?? '');
        if (!$user || !password_verify($post['password'] ?? '', $user['hash'])) {
            http_response_code(401);
            return;
        }
        // expect: session-fixation
        $_SESSION['user_id'] = $user['id'];
        // expect: session-cookie-insecure
        setcookie('auth_token', $this->issueToken($user), ['expires' => time() + 900, 'path' => '/', 'secure' => true, 'samesite' => 'Strict']);
    }

    public function loginWithPin(array $post): void
    {
        $user = $this->db->findUserByEmail($post['email'] ?? '');
        $ok = $user && password_verify($post['pin'] ?? '', $user['pin_hash']);
        if ($ok) {
            // expect: session-fixation
            $_SESSION['logged_in_user'] = $user['id'];
            session_regenerate_id();
        }
    }

    public function loginTwoStep(array $post): void
    {
        $user = $this->db->findUserByEmail($post['email'] ?? '');
        if ($user && password_verify($post['password'] ?? '', $user['hash'])) {
            session_regenerate_id(false);
            // safe: session-fixation
            $_SESSION['pending_user_id'] = $user['id'];
            // expect: session-cookie-insecure
            setcookie('jwt', $this->issueToken($user), time() + 900, '/', '', true, false);
            // safe: session-cookie-insecure
            setcookie('jwt_hardened', $this->issueToken($user), time() + 900, '/', '', true, true);
            // safe: session-cookie-insecure
            setcookie('ui_theme', $post['theme'] ?? 'light');
        }
    }

    public function logout(): void
    {
        // safe: session-fixation
        $_SESSION['user_id'] = null;
        session_destroy();
        // safe: session-cookie-insecure
        setcookie('jwt', '', time() - 3600, '/');
    }

    private function issueToken(array $user): string
    {
        return \Firebase\JWT\JWT::encode(['sub' => $user['id'], 'exp' => time() + 900], getenv('JWT_SECRET'), 'HS256');
    }
}
