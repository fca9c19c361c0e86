<?php
namespace App\Providers;

use Illuminate\Support\Carbon;
use Laravel\Passport\Passport;

class AuthServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        // ruleid: laravel-passport-long-lived-token
        Passport::tokensExpireIn(now()->addDays(15));
        // ok: laravel-passport-long-lived-token
        Passport::refreshTokensExpireIn(now()->addDays(30));
        // ok: laravel-passport-long-lived-token
        Passport::personalAccessTokensExpireIn(now()->addMonths(6));
    }
}

class ShortTokensProvider extends ServiceProvider
{
    public function boot(): void
    {
        // ok: laravel-passport-long-lived-token
        Passport::tokensExpireIn(now()->addMinutes(10));
        // ruleid: laravel-passport-long-lived-token
        Passport::tokensExpireIn(new \DateInterval('PT8H'));
    }
}
