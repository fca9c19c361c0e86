<?php
// ok: php-session-fixation
session_start();
$user = find($_POST['email']);
if ($user && password_verify($_POST['password'], $user['password_hash'])) {
    // ruleid: php-session-fixation
    $_SESSION['user_id'] = $user['id'];
    // ok: php-session-fixation
    header('Location: /');
}
function login2($pdo) {
    $user = find($_POST['email']);
    if (!$user || !password_verify($_POST['password'], $user['hash'])) {
        http_response_code(401);
        exit;
    }
    // ok: php-session-fixation
    session_regenerate_id(true);
    $_SESSION['user_id'] = $user['id'];
}
function login3($pdo) {
    $user = find($_POST['email']);
    if (!$user || !password_verify($_POST['password'], $user['hash'])) {
        exit;
    }
    // ruleid: php-session-fixation
    $_SESSION['user_id'] = $user['id'];
    $_SESSION['cart'] = [];
}
class LoginController {
  public function store(Request $request) {
    // ok: php-session-fixation
    $user = User::where('email', $request->email)->first();
    if ($user && Hash::check($request->password, $user->password)) {
        // ok: php-session-fixation
        session(['user_id' => $user->id]);
        return redirect('/home');
    }
  }
  public function store2(Request $request) {
    // ok: php-session-fixation
    $user = User::where('email', $request->email)->first();
    if ($user && Hash::check($request->password, $user->password)) {
        // ok: php-session-fixation
        $request->session()->regenerate();
        // ok: php-session-fixation
        $request->session()->put('user_id', $user->id);
    }
  }
}
function login4() {
    $user = find($_POST['email']);
    if ($user && password_verify($_POST['password'], $user['hash'])) {
        // ruleid: php-session-fixation
        $_SESSION['loggedin'] = true;
        $_SESSION['username'] = $user['name'];
    }
}

if (mysqli_stmt_fetch($stmt)) {
    if (password_verify($password, $hashed_password)) {
        session_start();
        // ruleid: php-session-fixation
        $_SESSION["loggedin"] = true;
        // ok: php-session-fixation
        $_SESSION["username"] = $username;
    }
}
