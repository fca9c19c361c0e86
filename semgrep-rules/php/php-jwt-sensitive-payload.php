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
