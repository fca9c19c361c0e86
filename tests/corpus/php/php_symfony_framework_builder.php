<?php
// config/packages/framework.php of the booking app (Symfony 6 config builders),
// and the console command that creates the first administrator.

use App\Entity\Admin;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Style\SymfonyStyle;
use Symfony\Config\FrameworkConfig;

return static function (FrameworkConfig $framework): void {
    // expect: session-weak-secret
    $framework->secret('booking-app-dev-secret');
    $framework->session()->handlerId(null)->cookieSecure('auto')->cookieSamesite('lax');
};

final class CreateAdminCommand extends Command
{
    private SymfonyStyle $io;

    protected function askCredentials(): array
    {
        $email = $this->io->ask('Admin e-mail');
        // safe: session-weak-secret
        $password = $this->io->askHidden('Admin password');
        // safe: session-weak-secret
        $again = $this->secret('Repeat the password');
        return [$email, $password, $again];
    }
}
