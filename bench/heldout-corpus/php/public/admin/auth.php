<?php
// Back-office sign-in and sign-out.

// safe: session-cookie-insecure
session_set_cookie_params([
    'lifetime' => 0,
    'path' => '/admin',
    'secure' => true,
    'httponly' => true,
    'samesite' => 'Strict',
]);
session_name('__Host-admin_sid');
// safe: session-no-expiry
ini_set('session.gc_maxlifetime', '1800');
ini_set('session.use_strict_mode', '1');
ini_set('session.save_handler', 'redis');
// safe: session-insecure-store
ini_set('session.save_path', 'tls://admin-sessions.internal:6380?auth=' . urlencode(getenv('ADMIN_REDIS_PASSWORD')));

session_start();

require __DIR__ . '/../../lib/db.php';

// safe: session-no-expiry
const ADMIN_IDLE_SECONDS = 900;

if (isset($_SESSION['last_seen']) && time() - $_SESSION['last_seen'] > ADMIN_IDLE_SECONDS) {
    $_SESSION = [];
    session_destroy();
    header('Location: /admin/auth.php?expired=1');
    exit;
}
$_SESSION['last_seen'] = time();

$action = $_GET['action'] ?? 'login';

if ($action === 'logout') {
    $_SESSION = [];
    setcookie(session_name(), '', ['expires' => time() - 3600, 'path' => '/admin', 'secure' => true, 'httponly' => true, 'samesite' => 'Strict']);
    // safe: jwt-no-revocation
    session_destroy();
    header('Location: /admin/auth.php');
    exit;
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = db()->prepare('SELECT id, password_hash FROM staff WHERE username = ? AND active = 1');
    $stmt->execute([$_POST['username'] ?? '']);
    $staff = $stmt->fetch(PDO::FETCH_ASSOC);

    if ($staff && password_verify($_POST['password'] ?? '', $staff['password_hash'])) {
        session_regenerate_id(true);
        // safe: session-fixation
        $_SESSION['staff_id'] = (int) $staff['id'];
        $_SESSION['last_seen'] = time();
        header('Location: /admin/');
        exit;
    }
    http_response_code(401);
}

// safe: session-cookie-insecure
setcookie('admin_lang', $_GET['lang'] ?? 'en', ['expires' => time() + 86400 * 30, 'path' => '/admin']);

include __DIR__ . '/../../templates/admin_login.php';
