<?php
// logout.php: the token cookie expires on the client only
// ruleid: php-jwt-logout-script-without-revocation
setcookie("token", "", time() - 3600, "/", "", true, true);
header('location:index.php');

function helperInSameFile() {
    // ok: php-jwt-logout-script-without-revocation
    setcookie("jwt", "", time() - 3600);
}
// ok: php-jwt-logout-script-without-revocation
setcookie("theme", "", time() - 3600);
