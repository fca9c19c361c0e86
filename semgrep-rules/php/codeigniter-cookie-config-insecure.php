<?php

namespace Config;

use CodeIgniter\Config\BaseConfig;

class Cookie extends BaseConfig
{
    public string $prefix = '';

    public $expires = 0;

    // ruleid: codeigniter-cookie-config-insecure
    public bool $secure = false;

    // ok: codeigniter-cookie-config-insecure
    public bool $httponly = true;

    public string $samesite = 'Lax';
}

class App extends BaseConfig
{
    // ruleid: codeigniter-cookie-config-insecure
    public $cookieSecure = false;

    // ok: codeigniter-cookie-config-insecure
    public $cookieHTTPOnly = true;
}

class Email extends BaseConfig
{
    // ok: codeigniter-cookie-config-insecure
    public bool $secure = false;
}

class HardenedCookie extends BaseConfig
{
    // ok: codeigniter-cookie-config-insecure
    public bool $secure = true;
}
