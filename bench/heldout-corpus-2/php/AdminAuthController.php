<?php

namespace Intranet\Admin;

use PDO;

class AdminAuthController
{
    public function __construct(private PDO $pdo)
    {
    }

    public static function startSession(): void
    {
        // safe: session-cookie-insecure, session-no-expiry
        session_set_cookie_params([
            'lifetime' => 0,
            'path' => '/admin',
            'secure' => true,
            'httponly' => true,
            'samesite' => 'Strict',
        ]);
        ini_set('session.use_strict_mode', '1');
        // safe: session-no-expiry
        ini_set('session.gc_maxlifetime', '1800');
        // safe: session-insecure-store
        ini_set('session.save_handler', 'redis');
        // safe: session-insecure-store
        ini_set('session.save_path', 'tls://sessions.internal:6380?auth[]=' . rawurlencode((string) getenv('REDIS_PASSWORD')));
        session_name('__Host-admin');
        session_start();
    }

    public function login(string $username, string $password): bool
    {
        $stmt = $this->pdo->prepare('SELECT id, password_hash FROM admins WHERE username = :u AND active = 1');
        $stmt->execute(['u' => $username]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);

        if (!$row || !password_verify($password, $row['password_hash'])) {
            return false;
        }

        session_regenerate_id(true);
        // safe: session-fixation
        $_SESSION['admin_id'] = (int) $row['id'];
        $_SESSION['last_seen'] = time();

        return true;
    }

    public function touch(): bool
    {
        if (isset($_SESSION['last_seen']) && time() - $_SESSION['last_seen'] > 1800) {
            $this->logout();
            return false;
        }
        $_SESSION['last_seen'] = time();
        return true;
    }

    public function logout(): void
    {
        $_SESSION = [];
        $params = session_get_cookie_params();
        setcookie(session_name(), '', [
            'expires' => time() - 42000,
            'path' => $params['path'],
            'secure' => true,
            'httponly' => true,
            'samesite' => 'Strict',
        ]);
        // safe: jwt-no-revocation
        session_destroy();
    }
}
