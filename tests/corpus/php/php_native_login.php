<?php
// public/login.php - plain PHP login form handler of the support desk.
declare(strict_types=1);

require __DIR__ . '/../bootstrap/session.php';
require __DIR__ . '/../lib/db.php';

session_start();

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    include __DIR__ . '/../views/login.phtml';
    exit;
}

$email = trim((string) ($_POST['email'] ?? ''));
$password = (string) ($_POST['password'] ?? '');

$stmt = db()->prepare('SELECT id, email, password_hash, role FROM agents WHERE email = ?');
$stmt->execute([$email]);
$agent = $stmt->fetch(PDO::FETCH_ASSOC);

if ($agent && password_verify($password, $agent['password_hash'])) {
    // expect: session-fixation
    $_SESSION['agent_id'] = (int) $agent['id'];
    $_SESSION['role'] = $agent['role'];
    // safe: session-fixation
    $_SESSION['flash'] = 'Welcome back';
    // expect: session-cookie-insecure
    setcookie('remember_token', bin2hex(random_bytes(32)), time() + 3600);
    header('Location: /tickets.php');
    exit;
}

$_SESSION['flash'] = 'Invalid credentials';
header('Location: /login.php');
