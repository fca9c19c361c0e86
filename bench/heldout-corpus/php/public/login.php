<?php
// Customer login page for the legacy storefront.

ini_set('session.use_strict_mode', '1');
// expect: session-cookie-insecure
ini_set('session.cookie_httponly', '0');
// expect: session-no-expiry
ini_set('session.gc_maxlifetime', (string) (60 * 60 * 24 * 30));
// expect: session-no-expiry
ini_set('session.cookie_lifetime', (string) (60 * 60 * 24 * 30));
ini_set('session.save_handler', 'redis');
// expect: session-insecure-store
ini_set('session.save_path', 'tcp://10.0.3.15:6379?auth=' . getenv('REDIS_PASSWORD'));

session_start();

require __DIR__ . '/../lib/db.php';
require __DIR__ . '/../lib/view.php';

$error = null;

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = trim($_POST['email'] ?? '');
    $password = $_POST['password'] ?? '';

    $stmt = db()->prepare('SELECT id, password_hash, display_name FROM customers WHERE email = ?');
    $stmt->execute([$email]);
    $customer = $stmt->fetch(PDO::FETCH_ASSOC);

    if ($customer && password_verify($password, $customer['password_hash'])) {
        // expect: session-fixation
        $_SESSION['customer_id'] = (int) $customer['id'];
        $_SESSION['display_name'] = $customer['display_name'];

        if (!empty($_POST['remember'])) {
            $token = bin2hex(random_bytes(32));
            db()->prepare('INSERT INTO remember_tokens (customer_id, token_hash, expires_at) VALUES (?, ?, ?)')
                ->execute([$customer['id'], hash('sha256', $token), date('Y-m-d H:i:s', time() + 86400 * 14)]);
            // expect: session-cookie-insecure
            setcookie('remember_token', $token, time() + 86400 * 14, '/');
        }

        header('Location: /account.php');
        exit;
    }

    $error = 'Unknown email or wrong password.';
}

// safe: session-cookie-insecure
setcookie('last_visit', date('c'), time() + 86400 * 365, '/');

render('login', ['error' => $error]);
