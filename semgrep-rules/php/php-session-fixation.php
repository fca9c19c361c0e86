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
class AccountAuth {
    public function login($username, $password) {
        $sql = "SELECT id, role FROM accounts WHERE username = :u AND password = sha1(:p)";
        $stmt = $this->pdo->prepare($sql);
        $stmt->execute(['u' => $username, 'p' => $password]);
        $row = $stmt->fetch();
        if ($row) {
            // ruleid: php-session-fixation
            $_SESSION['account_id'] = $row['id'];
            $_SESSION['role'] = $row['role'];
            return true;
        }
        return false;
    }
    public function loginRotated($username, $password) {
        $row = $this->accounts->findByCredentials($username, $password);
        if ($row) {
            session_regenerate_id(true);
            // ok: php-session-fixation
            $_SESSION['account_id'] = $row['id'];
        }
    }
}
function start_session_for_level($level) {
    if ($level === 'hard') {
        session_start();
        session_regenerate_id();
    } else {
        if (isset($_COOKIE[session_name()]))
            // ruleid: php-session-fixation
            session_id($_COOKIE[session_name()]);
        session_start();
    }
}
function resume_session_from_token($sid) {
    // ok: php-session-fixation
    session_id(bin2hex(random_bytes(16)));
    session_start();
}
