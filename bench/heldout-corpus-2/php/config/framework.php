<?php

// config/packages/framework.php

use Symfony\Config\FrameworkConfig;

use function Symfony\Component\DependencyInjection\Loader\Configurator\env;

return static function (FrameworkConfig $framework): void {
    // expect: session-weak-secret
    $framework->secret('ThisTokenIsNotSoSecretChangeIt');

    $framework->httpMethodOverride(false);
    $framework->handleAllThrowables(true);

    // expect: session-insecure-store, session-no-expiry
    $framework->session()
        ->handlerId('redis://sessions.prod.internal:6379')
        ->name('PORTALSESSID')
        ->cookieSecure('auto')
        ->cookieSamesite('lax')
        ->cookieLifetime(60 * 60 * 24 * 60)
        ->gcMaxlifetime(60 * 60 * 24 * 60);

    $framework->phpErrors()->log(true);

    $framework->router()->utf8(true);

    $framework->trustedProxies('%env(TRUSTED_PROXIES)%');
};
