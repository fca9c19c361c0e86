<?php

// config/packages/prod/framework.php for the staff back office

use Symfony\Config\FrameworkConfig;

use function Symfony\Component\DependencyInjection\Loader\Configurator\env;

return static function (FrameworkConfig $framework): void {
    // safe: session-weak-secret
    $framework->secret(env('APP_SECRET'));

    // safe: session-insecure-store, session-no-expiry, session-cookie-insecure
    $framework->session()
        ->handlerId('rediss://%env(REDIS_SESSION_HOST)%:6380')
        ->name('__Host-STAFFSESSID')
        ->cookieSecure(true)
        ->cookieHttponly(true)
        ->cookieSamesite('strict')
        ->cookieLifetime(0)
        ->gcMaxlifetime(4 * 3600);

    $framework->csrfProtection()->enabled(true);

    $framework->httpClient()
        ->scopedClient('hr_api')
        ->scope('https://hr\\.internal\\.example\\.com')
        ->header('Accept', 'application/json');

    $framework->cache()
        ->app('cache.adapter.redis')
        ->defaultRedisProvider('rediss://%env(REDIS_CACHE_HOST)%:6380');

    $framework->assets()->jsonManifestPath('%kernel.project_dir%/public/build/manifest.json');

    $framework->rateLimiter()
        ->limiter('staff_login')
        ->policy('sliding_window')
        ->limit(5)
        ->interval('15 minutes');
};
