<?php
// ok: symfony-hardcoded-secret
ini_set('session.save_handler', 'redis');
// ok: symfony-hardcoded-secret
ini_set('session.save_path', 'tcp://10.0.0.12:6379?auth=s3cret');
// ok: symfony-hardcoded-secret
ini_set('session.save_path', 'tls://10.0.0.12:6380');
// ok: symfony-hardcoded-secret
$h = new RedisSessionHandler(RedisAdapter::createConnection('redis://cache:6379'));
// ok: symfony-hardcoded-secret
$h = new RedisSessionHandler(RedisAdapter::createConnection('rediss://cache:6379'));
// ruleid: symfony-hardcoded-secret
$container->loadFromExtension('framework', ['secret' => 'ThisTokenIsNotSoSecretChangeIt']);
// ok: symfony-hardcoded-secret
$container->loadFromExtension('framework', ['secret' => '%env(APP_SECRET)%']);
return static function (FrameworkConfig $framework): void {
    // ruleid: symfony-hardcoded-secret
    $framework->secret('s3cr3t-from-the-skeleton');
    // ok: symfony-hardcoded-secret
    $framework->secret('%env(APP_SECRET)%');
};
class CreateAdminCommand extends Command {
    protected function askPassword(): string {
        // ok: symfony-hardcoded-secret
        return $this->secret('Choose a password');
    }
}
