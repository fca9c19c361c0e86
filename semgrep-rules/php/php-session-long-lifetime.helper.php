<?php
// a shared bootstrap: the logout helper inside it does not end the sessions it configures
session_set_cookie_params([
    // ruleid: php-session-long-lifetime
    'lifetime' => 30 * 24 * 60 * 60,
    'httponly' => true,
]);
session_start();

function logout() {
    $_SESSION = array();
    session_destroy();
}
