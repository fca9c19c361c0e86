<?php
use Lcobucci\JWT\Configuration;
use Lcobucci\JWT\Token\Parser;
use Lcobucci\JWT\Encoding\JoseEncoder;
use Lcobucci\JWT\Validation\Constraint\SignedWith;

final class BearerUserResolver
{
    public function __construct(private Configuration $config, private UserRepository $users) {}

    public function resolve(string $bearer): ?User
    {
        // ruleid: lcobucci-jwt-parse-without-validation
        $token = $this->config->parser()->parse($bearer);
        $uid = $token->claims()->get('uid');
        return $this->users->find($uid);
    }

    public function resolveChecked(string $bearer): ?User
    {
        // ok: lcobucci-jwt-parse-without-validation
        $token = $this->config->parser()->parse($bearer);
        $this->config->validator()->assert($token, new SignedWith($this->config->signer(), $this->config->verificationKey()));
        return $this->users->find($token->claims()->get('uid'));
    }

    public function resolveIfValid(string $bearer): ?User
    {
        // ok: lcobucci-jwt-parse-without-validation
        $token = $this->config->parser()->parse($bearer);
        if (!$this->config->validator()->validate($token, ...$this->config->validationConstraints())) {
            return null;
        }
        return $this->users->find($token->claims()->get('uid'));
    }

    public function parseOnly(string $bearer)
    {
        // ok: lcobucci-jwt-parse-without-validation
        $token = $this->config->parser()->parse($bearer);
        return $token;
    }
}

function roleFromHeader(string $jwt): string
{
    $parser = new Parser(new JoseEncoder());
    // ruleid: lcobucci-jwt-parse-without-validation
    $parsed = $parser->parse($jwt);
    if ($parsed->claims()->get('role') === 'admin') {
        return 'admin';
    }
    return 'user';
}

function legacyUserId($jwt)
{
    // ruleid: lcobucci-jwt-parse-without-validation
    $token = (new \Lcobucci\JWT\Parser())->parse((string) $jwt);
    return $token->getClaim('uid');
}

function legacyUserIdVerified($jwt, $signer, $key)
{
    // ok: lcobucci-jwt-parse-without-validation
    $token = (new \Lcobucci\JWT\Parser())->parse((string) $jwt);
    if (!$token->verify($signer, $key)) {
        throw new RuntimeException('bad signature');
    }
    return $token->getClaim('uid');
}

function checkedByHelper($jwt, TokenGuard $guard)
{
    // ok: lcobucci-jwt-parse-without-validation
    $token = (new Parser(new JoseEncoder()))->parse($jwt);
    $guard->assertValid($token);
    return $token->claims()->get('sub');
}
