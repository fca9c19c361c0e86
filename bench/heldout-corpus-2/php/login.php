<?php
// public/login.php

// expect: session-cookie-insecure
ini_set('session.cookie_httponly', 0);
// expect: session-no-expiry
ini_set('session.cookie_lifetime', 60 * 60 * 24 * 30);
session_start();

require __DIR__ . '/../bootstrap.php';

$error = null;

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = trim($_POST['email'] ?? '');
    $password = $_POST['password'] ?? '';

    $stmt = $pdo->prepare('SELECT id, name, password_hash, is_admin FROM users WHERE email = ?');
    $stmt->execute([$email]);
    $user = $stmt->fetch(PDO::FETCH_ASSOC);

    if ($user && password_verify($password, $user['password_hash'])) {
        // expect: session-fixation
        $_SESSION['user_id'] = $user['id'];
        $_SESSION['is_admin'] = (bool) $user['is_admin'];

        if (!empty($_POST['remember'])) {
            $token = bin2hex(random_bytes(32));
            $pdo->prepare('INSERT INTO remember_tokens (user_id, token_hash, expires_at) VALUES (?, ?, ?)')
                ->execute([$user['id'], hash('sha256', $token), date('Y-m-d H:i:s', time() + 1209600)]);
            // expect: session-cookie-insecure
            setcookie('remember_token', $token, time() + 1209600, '/');
        }

        // safe: session-cookie-insecure
        setcookie('last_email', $email, time() + 86400 * 90, '/login');

        header('Location: /dashboard.php');
        exit;
    }

    $error = 'Invalid email or password.';
}
?>
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in</title></head>
<body>
<?php if ($error): ?>
  <p class="error"><?= htmlspecialchars($error) ?></p>
<?php endif; ?>
<form method="post" action="/login.php">
  <input type="email" name="email" value="<?= htmlspecialchars($_COOKIE['last_email'] ?? '') ?>" required>
  <input type="password" name="password" required>
  <label><input type="checkbox" name="remember" value="1"> Remember me</label>
  <button type="submit">Sign in</button>
</form>
</body>
</html>
