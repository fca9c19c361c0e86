<?php
// public/oauth/callback.php: finishes the SSO popup flow for the SPA.

require __DIR__ . '/../../vendor/autoload.php';

use League\OAuth2\Client\Provider\GenericProvider;

session_start();

$provider = new GenericProvider([
    'clientId' => getenv('SSO_CLIENT_ID'),
    'clientSecret' => getenv('SSO_CLIENT_SECRET'),
    'redirectUri' => 'https://app.example.com/oauth/callback.php',
    'urlAuthorize' => 'https://sso.example.com/oauth2/authorize',
    'urlAccessToken' => 'https://sso.example.com/oauth2/token',
    'urlResourceOwnerDetails' => 'https://sso.example.com/oauth2/userinfo',
]);

if (empty($_GET['state']) || !hash_equals($_SESSION['oauth2state'] ?? '', $_GET['state'])) {
    unset($_SESSION['oauth2state']);
    http_response_code(400);
    exit('Invalid state');
}

$accessToken = $provider->getAccessToken('authorization_code', ['code' => $_GET['code']]);
$values = $accessToken->getValues();

$locale = $_COOKIE['locale'] ?? 'en';
?>
<!doctype html>
<html lang="<?= htmlspecialchars($locale) ?>">
<head>
  <meta charset="utf-8">
  <title>Signing you in…</title>
</head>
<body>
<p>Signing you in…</p>
<script>
  (function () {
    var tokens = <?= json_encode([
        'access' => $accessToken->getToken(),
        'refresh' => $accessToken->getRefreshToken(),
        'id' => $values['id_token'] ?? null,
    ]) ?>;

    // expect: jwt-in-browser-storage
    localStorage.setItem('access_token', tokens.access);
    // expect: jwt-in-browser-storage
    window.sessionStorage.setItem('refreshToken', tokens.refresh);
    // safe: jwt-in-browser-storage
    localStorage.setItem('locale', <?= json_encode($locale) ?>);
    // safe: jwt-in-browser-storage
    localStorage.setItem('sso_completed_at', String(Date.now()));

    if (window.opener) {
      window.opener.postMessage({ type: 'sso-complete' }, 'https://app.example.com');
      window.close();
    } else {
      window.location.replace('/app');
    }
  })();
</script>
</body>
</html>
