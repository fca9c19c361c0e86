<?php
function loginWithPreparedQuery($pdo) {
    $stmt = $pdo->prepare('SELECT member_no, display_name FROM members WHERE email = ? AND passwd = ?');
    $stmt->execute([$_POST['email'], hash('sha256', $_POST['pw'])]);
    $member = $stmt->fetch();
    if ($member) {
        // ruleid: php-session-fixation
        $_SESSION['member_no'] = $member['member_no'];
        // ok: php-session-fixation
        $_SESSION['display_name'] = $member['display_name'];
        header('Location: home.php');
        exit();
    }
}
function loginWithPreparedQueryRotated($pdo) {
    $stmt = $pdo->prepare('SELECT member_no FROM members WHERE email = ? AND passwd = ?');
    $stmt->execute([$_POST['email'], hash('sha256', $_POST['pw'])]);
    $member = $stmt->fetch();
    if ($member) {
        session_regenerate_id(true);
        // ok: php-session-fixation
        $_SESSION['member_no'] = $member['member_no'];
    }
}
function showProfile($pdo) {
    $stmt = $pdo->prepare('SELECT member_no FROM members WHERE email = ?');
    $stmt->execute([$_GET['email']]);
    // ok: php-session-fixation
    $_SESSION['last_viewed_member'] = $stmt->fetch()['member_no'];
}
function legacy_mysqli_login($stmt, $password, $hashed_password, $username) {
    if (mysqli_stmt_fetch($stmt)) {
        if (password_verify($password, $hashed_password)) {
            session_start();
            // ruleid: php-session-fixation
            $_SESSION["loggedin"] = true;
            // ok: php-session-fixation
            $_SESSION["username"] = $username;
        }
    }
}
// ok: php-session-fixation
function legacyAttempt($db, $lUsername, $lPassword) {
    $lQueryResult = $db->getUserAccount($lUsername, $lPassword);
    $lFound = isset($lQueryResult->num_rows) && $lQueryResult->num_rows > 0;
    if ($lFound) {
        $lRecord = $lQueryResult->fetch_object();
        // ruleid: php-session-fixation
        $_SESSION["user_is_logged_in"] = true;
        // ok: php-session-fixation
        $_SESSION["uid"] = $lRecord->cid;
    }
}
function changeOwnPassword($users, $userId, $newPassword) {
    $ok = $users->updatePassword($userId, $newPassword);
    if ($ok) {
        // ok: php-session-fixation
        $_SESSION['user_password_changed_at'] = time();
    }
}
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

final class SymfonyLoginController
{
    public function login(Request $request, UserPasswordHasherInterface $hasher, UserRepository $users): Response
    {
        $user = $users->findOneBy(['email' => $request->request->get('email')]);
        if (!$user || !$hasher->isPasswordValid($user, $request->request->get('password'))) {
            return new Response('invalid', 401);
        }
        // ruleid: php-session-fixation
        $request->getSession()->set('user_id', $user->getId());
        $request->getSession()->set('roles', $user->getRoles());
        return new RedirectResponse('/dashboard');
    }

    public function loginMigrated(Request $request, UserPasswordHasherInterface $hasher, UserRepository $users): Response
    {
        $user = $users->findOneBy(['email' => $request->request->get('email')]);
        if (!$user || !$hasher->isPasswordValid($user, $request->request->get('password'))) {
            return new Response('invalid', 401);
        }
        $request->getSession()->migrate(true);
        // ok: php-session-fixation
        $request->getSession()->set('user_id', $user->getId());
        return new RedirectResponse('/dashboard');
    }

    public function cartAdd(Request $request): Response
    {
        // ok: php-session-fixation
        $request->getSession()->set('cart_items', [1, 2]);
        return new Response('ok');
    }
}

function legacyMd5Login(PDO $db, string $name, string $pass)
{
    $stmt = $db->prepare('SELECT id, pass_md5 FROM members WHERE name = ?');
    $stmt->execute([$name]);
    $m = $stmt->fetch();
    if ($m && $m['pass_md5'] === md5($pass)) {
        // ruleid: php-session-fixation
        $_SESSION['member_id'] = $m['id'];
        return true;
    }
    return false;
}

function yiiStyleLogin($form)
{
    $account = Account::findByUsername($form->username);
    if ($account && $account->validatePassword($form->password)) {
        // ruleid: php-session-fixation
        Yii::$app->session->set('account_id', $account->id);
    }
}

function yiiStyleLoginRotated($form)
{
    $account = Account::findByUsername($form->username);
    if ($account && $account->validatePassword($form->password)) {
        Yii::$app->session->regenerateID(true);
        // ok: php-session-fixation
        Yii::$app->session->set('account_id', $account->id);
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
function legacy_session_bootstrap() {
    // ruleid: php-session-fixation
    ini_set('session.use_strict_mode', '0');
    // ruleid: php-session-fixation
    ini_set('session.use_trans_sid', 1);
    // ok: php-session-fixation
    ini_set('session.use_only_cookies', '1');
    // ok: php-session-fixation
    ini_set('session.use_strict_mode', 1);
    session_start();
}
function demoLogin($validEmail, $validPassword) {
    $email = $_POST['email'] ?? '';
    $password = $_POST['password'] ?? '';
    if ($email === $validEmail && $password === $validPassword) {
        // ruleid: php-session-fixation
        $_SESSION['user'] = $email;
        header("Location: dashboard.php");
        exit;
    }
}
function pdoLogin($selectUser, $password) {
    $data = $selectUser->fetch();
    if (password_verify($password, $data['password'])) {
        // ruleid: php-session-fixation
        $_SESSION['id'] = $data['id'];
        // ok: php-session-fixation
        $_SESSION['username'] = $data['username'];
    }
}
function confirmPasswordsMatch($password, $confirm) {
    if ($password === $confirm) {
        // ok: php-session-fixation
        $_SESSION['form_step'] = 2;
    }
}

function loginWithSecondFactor($db, $username, $password) {
    $row = $db->querySingle("SELECT id, password, totp_enabled FROM user WHERE username = '" . SQLite3::escapeString($username) . "'", true);
    if (password_verify($password, $row['password'])) {
        if ($row['totp_enabled']) {
            // a pending second-factor step: the user is not logged in yet
            // ok: php-session-fixation
            $_SESSION['totp_user_id'] = $row['id'];
            header('Location: totp.php');
            exit();
        }
        // ruleid: php-session-fixation
        $_SESSION['user_id'] = $row['id'];
    }
}

function loginPendingMfa($user, $password) {
    if (password_verify($password, $user->hash)) {
        // ok: php-session-fixation
        $_SESSION['pending_mfa_user'] = $user->id;
    }
}

class MailApp {
    // when the caller rotates the id after a successful login() through the app's session
    // object ($this->session->regenerate_id()), the repository fact
    // php-session-object-rotates-id drops this finding (tests/test_repo_facts.py)
    public function login($username, $password, $host) {
        if (!$this->storage->connect($host, $username, $password)) {
            return false;
        }
        // ruleid: php-session-fixation
        $_SESSION['user_id'] = $this->user->ID;
        $_SESSION['username'] = $username;
        return true;
    }
}

function do_login($username) {
    // ruleid: php-session-fixation
    $_SESSION['username'] = $username;
}
