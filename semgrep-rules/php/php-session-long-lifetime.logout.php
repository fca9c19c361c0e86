<?php
// logout.php: the session it starts is destroyed in the same request
$secondsInMonth = 30 * 24 * 60 * 60;
if (session_status() === PHP_SESSION_NONE) {
    session_set_cookie_params([
        // ok: php-session-long-lifetime
        'lifetime' => $secondsInMonth,
        'httponly' => true,
    ]);
    session_start();
}
$_SESSION = array();
session_destroy();
header('Location: login.php');
