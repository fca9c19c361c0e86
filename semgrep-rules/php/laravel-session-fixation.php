<?php
// ok: laravel-session-fixation
session_start();
$user = find($_POST['email']);
if ($user && password_verify($_POST['password'], $user['password_hash'])) {
    $_SESSION['user_id'] = $user['id'];
    // ok: laravel-session-fixation
    header('Location: /');
}
function login2($pdo) {
    $user = find($_POST['email']);
    if (!$user || !password_verify($_POST['password'], $user['hash'])) {
        http_response_code(401);
        exit;
    }
    // ok: laravel-session-fixation
    session_regenerate_id(true);
    $_SESSION['user_id'] = $user['id'];
}
function login3($pdo) {
    $user = find($_POST['email']);
    if (!$user || !password_verify($_POST['password'], $user['hash'])) {
        exit;
    }
    $_SESSION['user_id'] = $user['id'];
    $_SESSION['cart'] = [];
}
class LoginController {
  public function store(Request $request) {
    // ok: laravel-session-fixation
    $user = User::where('email', $request->email)->first();
    if ($user && Hash::check($request->password, $user->password)) {
        // ruleid: laravel-session-fixation
        session(['user_id' => $user->id]);
        return redirect('/home');
    }
  }
  public function store2(Request $request) {
    // ok: laravel-session-fixation
    $user = User::where('email', $request->email)->first();
    if ($user && Hash::check($request->password, $user->password)) {
        // ok: laravel-session-fixation
        $request->session()->regenerate();
        // ok: laravel-session-fixation
        $request->session()->put('user_id', $user->id);
    }
  }
}
function login4() {
    $user = find($_POST['email']);
    if ($user && password_verify($_POST['password'], $user['hash'])) {
        $_SESSION['loggedin'] = true;
        $_SESSION['username'] = $user['name'];
    }
}
class TwoFactorLoginController {
  public function login(Request $request) {
    $user = User::query()->where('email', $request->input('email'))->firstOrFail();
    if (!password_verify($request->input('password'), $user->password)) {
        abort(401);
    }
    // a pending second-factor marker: the login itself happens after the checkpoint
    // ok: laravel-session-fixation
    $request->session()->put('auth_confirmation_token', ['user_id' => $user->id, 'token_value' => Str::random(64)]);
    return response()->json(['complete' => false]);
  }
}
