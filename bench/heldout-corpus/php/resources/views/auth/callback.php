<?php
/**
 * OAuth callback page for the single-page dashboard.
 *
 * @var string $accessToken
 * @var string $refreshToken
 * @var string $locale
 * @var string $returnTo
 */
?>
<!DOCTYPE html>
<html lang="<?= htmlspecialchars($locale) ?>">
<head>
    <meta charset="utf-8">
    <title>Signing you in…</title>
</head>
<body>
<p>Signing you in, one moment…</p>
<script>
    (function () {
        var accessToken = <?= json_encode($accessToken, JSON_HEX_TAG | JSON_HEX_AMP) ?>;
        var refreshToken = <?= json_encode($refreshToken, JSON_HEX_TAG | JSON_HEX_AMP) ?>;

        // expect: jwt-in-browser-storage
        localStorage.setItem('access_token', accessToken);
        // expect: jwt-in-browser-storage
        sessionStorage.setItem('refresh_token', refreshToken);
        // safe: jwt-in-browser-storage
        localStorage.setItem('dashboard.locale', <?= json_encode($locale) ?>);
        // safe: jwt-in-browser-storage
        localStorage.setItem('theme', window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

        window.location.replace(<?= json_encode($returnTo, JSON_HEX_TAG | JSON_HEX_AMP) ?>);
    })();
</script>
<noscript>
    <p>JavaScript is required to finish signing in. <a href="/login">Back to login</a></p>
</noscript>
</body>
</html>
