<?php

declare(strict_types=1);

namespace App\Api;

use Firebase\JWT\JWT;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Predis\Client as Redis;
use PDO;

final class AccountController
{
    public function __construct(
        private PDO $db,
        private Redis $redis,
        private string $jwtKey,
    ) {
    }

    public function changePassword(Request $request, Response $response): Response
    {
        $claims = $request->getAttribute('token');
        $body = (array) $request->getParsedBody();

        $hash = password_hash($body['new_password'], PASSWORD_ARGON2ID);
        // expect: jwt-no-revocation
        $this->db->prepare('UPDATE accounts SET password_hash = :h WHERE id = :id')->execute(['h' => $hash, 'id' => $claims['sub']]);

        return $response->withStatus(204);
    }

    public function logout(Request $request, Response $response): Response
    {
        $claims = $request->getAttribute('token');
        $ttl = max(1, (int) $claims['exp'] - time());
        // safe: jwt-no-revocation
        $this->redis->setex('jwt:denylist:' . $claims['jti'], $ttl, '1');

        return $response->withStatus(204);
    }

    public function login(Request $request, Response $response): Response
    {
        $account = $request->getAttribute('account');
        // safe: jwt-long-lived
        $jwt = JWT::encode(['sub' => $account['id'], 'jti' => bin2hex(random_bytes(16)), 'exp' => time() + 600], $this->jwtKey, 'HS256');

        // expect: session-cookie-insecure
        setcookie('access_token', $jwt, time() + 600, '/');

        // safe: session-cookie-insecure
        setcookie('jwt', $jwt, [
            'expires' => time() + 600,
            'path' => '/',
            'secure' => true,
            'httponly' => true,
            'samesite' => 'Strict',
        ]);

        return $response->withHeader('Location', '/app')->withStatus(302);
    }

    public function integrationToken(Request $request, Response $response): Response
    {
        $account = $request->getAttribute('account');
        $row = $this->db->query('SELECT api_key, webhook_url FROM integrations WHERE account_id = ' . (int) $account['id'])->fetch();

        $claims = [
            'sub' => $account['id'],
            // expect: jwt-sensitive-payload
            'api_key' => $row['api_key'],
            'webhook' => $row['webhook_url'],
        ];
        // expect: jwt-long-lived
        $token = JWT::encode($claims, $this->jwtKey, 'HS256');

        $response->getBody()->write(json_encode(['token' => $token]));
        return $response->withHeader('Content-Type', 'application/json');
    }
}
