<?php
/**
 * @var string $accessToken
 * @var string $refreshToken
 * @var string $locale
 */
?>
<!DOCTYPE html>
<html lang="<?= htmlspecialchars($locale) ?>">
<body>
<script>
    (function () {
        var accessToken = <?= json_encode($accessToken, JSON_HEX_TAG | JSON_HEX_AMP) ?>;
        var refreshToken = <?= json_encode($refreshToken, JSON_HEX_TAG | JSON_HEX_AMP) ?>;
        // ruleid: php-view-token-in-web-storage
        localStorage.setItem('access_token', accessToken);
        // ruleid: php-view-token-in-web-storage
        sessionStorage.setItem("refresh_token", refreshToken);
        // ruleid: php-view-token-in-web-storage
        window.localStorage.setItem('jwt', '<?= $jwt ?>');
        // ok: php-view-token-in-web-storage
        localStorage.setItem('dashboard.locale', <?= json_encode($locale) ?>);
        // ok: php-view-token-in-web-storage
        localStorage.setItem('theme', 'dark');
        // ok: php-view-token-in-web-storage
        localStorage.setItem('token_expires_at', '<?= $expiresAt ?>');
        // ok: php-view-token-in-web-storage
        localStorage.getItem('access_token');
        // ok: php-view-token-in-web-storage
        localStorage.setItem('sidebarCollapsed', this.collapsed);
        // ruleid: php-view-token-in-web-storage
        localStorage.setItem('app_sid', '<?= session_id() ?>');
        // ruleid: php-view-token-in-web-storage
        sessionStorage.setItem('userSid', '<?= $sid ?>');
    })();
</script>
</body>
</html>
