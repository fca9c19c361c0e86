<?php

// config/packages/framework.php - Symfony PHP configuration of the booking app.
use Symfony\Component\DependencyInjection\Loader\Configurator\ContainerConfigurator;
use Symfony\Component\HttpFoundation\Session\Storage\Handler\RedisSessionHandler;
use Symfony\Component\Cache\Adapter\RedisAdapter;
use Symfony\Config\FrameworkConfig;

return static function (ContainerConfigurator $container): void {
    $container->extension('framework', [
        // expect: session-weak-secret
        'secret' => 'ThisTokenIsNotSoSecretChangeIt',
        'http_method_override' => false,
        'session' => [
            'handler_id' => 'session.handler.redis',
            // expect: session-cookie-insecure
            'cookie_secure' => false,
            // safe: session-cookie-insecure
            'cookie_httponly' => true,
            // expect: session-cookie-insecure
            'cookie_samesite' => null,
            'gc_maxlifetime' => 1800,
        ],
    ]);

    if ($container->env() === 'prod') {
        $container->extension('framework', [
            // safe: session-weak-secret
            'secret' => '%env(APP_SECRET)%',
            'session' => [
                // safe: session-cookie-insecure
                'cookie_secure' => 'auto',
                // safe: session-cookie-insecure
                'cookie_samesite' => 'lax',
            ],
        ]);
    }
};

// config/packages/framework_admin.php (config builder style)
return static function (FrameworkConfig $framework): void {
    // expect: session-weak-secret
    $framework->secret('admin-console-secret-2023');
    // expect: session-cookie-insecure
    $framework->session()->cookieHttponly(false)->cookieSamesite('lax');
    // safe: session-cookie-insecure
    $framework->session()->cookieSecure('auto');
};

// src/Session/SessionHandlerFactory.php
final class BookingSessionHandlerFactory
{
    public static function create(): RedisSessionHandler
    {
        // expect: session-insecure-store
        return new RedisSessionHandler(RedisAdapter::createConnection('redis://cache.booking.internal:6379'), ['ttl' => 1800]);
    }

    public static function createTls(): RedisSessionHandler
    {
        // safe: session-insecure-store
        return new RedisSessionHandler(RedisAdapter::createConnection('rediss://cache.booking.internal:6380'), ['ttl' => 1800]);
    }

    public static function createFromEnv(): RedisSessionHandler
    {
        // safe: session-insecure-store
        return new RedisSessionHandler(RedisAdapter::createConnection((string) getenv('SESSION_REDIS_DSN')), ['ttl' => 1800]);
    }
}
