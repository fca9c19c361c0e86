<?php
function a($user, $pdo) {
    // ruleid: php-jwt-sensitive-payload
    $t = JWT::encode($user->toArray(), KEY, 'HS256');
    $payload = [
        // ok: php-jwt-sensitive-payload
        'sub' => $user->id,
        // ruleid: php-jwt-sensitive-payload
        'ssn' => $user->ssn,
        // ok: php-jwt-sensitive-payload
        'role' => $user->role,
    ];
    // ok: php-jwt-sensitive-payload
    $t = JWT::encode($payload, KEY, 'HS256');
    // ok: php-jwt-sensitive-payload
    $row = $stmt->fetch(PDO::FETCH_ASSOC);
    // ruleid: php-jwt-sensitive-payload
    $t = JWT::encode(['sub' => $row['id'], 'user' => (array) $user], KEY, 'HS256');
    // ok: php-jwt-sensitive-payload
    $p2 = ['sub' => $user->id, 'scope' => 'read'];
    // ruleid: php-jwt-sensitive-payload
    $p2['api_key'] = $user->api_key;
    // ok: php-jwt-sensitive-payload
    return JWT::encode($p2, KEY, 'HS256');
}
function issueWithRow(PDO $pdo, int $id, string $key): string
{
    $stmt = $pdo->prepare('SELECT * FROM customers WHERE id = ?');
    $stmt->execute([$id]);
    $customer = $stmt->fetch(PDO::FETCH_ASSOC);
    $claims = [
        // ok: php-jwt-sensitive-payload
        'sub' => $customer['id'],
        // ruleid: php-jwt-sensitive-payload
        'customer' => $customer,
        'exp' => time() + 600,
    ];
    return JWT::encode($claims, $key, 'HS256');
}
function issueWithModel(int $id, string $key): string
{
    $account = Account::findOrFail($id);
    return JWT::encode([
        // ok: php-jwt-sensitive-payload
        'sub' => $account->id,
        // ruleid: php-jwt-sensitive-payload
        'account' => $account,
        'exp' => time() + 600,
    ], $key, 'HS256');
}
