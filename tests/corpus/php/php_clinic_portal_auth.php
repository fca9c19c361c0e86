<?php
// lib/ClinicAuth.php - patient portal of the clinic: a hand-rolled token
// module from before composer, plus the newer firebase/php-jwt paths.
require_once __DIR__ . '/../vendor/autoload.php';

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

function b64url_enc($bin) {
    return rtrim(strtr(base64_encode($bin), '+/', '-_'), '=');
}

function b64url_dec($txt) {
    return base64_decode(strtr($txt, '-_', '+/'));
}

// expect: jwt-weak-secret
function clinic_make_jwt(array $claims, $hmacKey = 'clinic-portal-2019') {
    $head = b64url_enc(json_encode(['alg' => 'HS256', 'typ' => 'JWT']));
    $body = b64url_enc(json_encode($claims));
    return "$head.$body." . b64url_enc(hash_hmac('sha256', "$head.$body", $hmacKey, true));
}

// safe: jwt-weak-secret
function clinic_make_jwt_env(array $claims, $hmacKey = null) {
    $hmacKey = $hmacKey ?: getenv('CLINIC_JWT_KEY');
    $head = b64url_enc(json_encode(['alg' => 'HS256', 'typ' => 'JWT']));
    $body = b64url_enc(json_encode($claims));
    return "$head.$body." . b64url_enc(hash_hmac('sha256', "$head.$body", $hmacKey, true));
}

function clinic_check_jwt($token, $hmacKey) {
    $pieces = explode('.', $token);
    if (count($pieces) !== 3) {
        return false;
    }
    $head = json_decode(b64url_dec($pieces[0]), true);
    // expect: jwt-none-algorithm
    if (!empty($head['alg']) && strtolower($head['alg']) === 'none') {
        return true;
    }
    $want = b64url_enc(hash_hmac('sha256', $pieces[0] . '.' . $pieces[1], $hmacKey, true));
    return hash_equals($want, $pieces[2]);
}

function clinic_check_jwt_strict($token, $hmacKey) {
    $pieces = explode('.', $token);
    $head = json_decode(b64url_dec($pieces[0]), true);
    // safe: jwt-none-algorithm
    if (($head['alg'] ?? 'none') === 'none') {
        return false;
    }
    $want = b64url_enc(hash_hmac('sha256', $pieces[0] . '.' . $pieces[1], $hmacKey, true));
    return hash_equals($want, $pieces[2]);
}

function clinic_current_claims($token) {
    $ok = clinic_check_jwt($token, getenv('CLINIC_JWT_KEY'));
    // safe: jwt-signature-not-verified
    $claims = $ok ? json_decode(b64url_dec(explode('.', $token)[1]), true) : null;
    return $claims;
}

function clinic_attachment_bytes($dataUri) {
    $halves = explode(';base64,', $dataUri);
    // safe: jwt-signature-not-verified
    return base64_decode($halves[1]);
}

class ClinicKeys
{
    public static function getJwtSecret()
    {
        // expect: jwt-weak-secret
        return 'clinic-demo-signing-key';
    }

    public static function getIssuer()
    {
        return 'clinic-portal';
    }
}

class ClinicVaultKeys
{
    public static function getJwtSecret()
    {
        // safe: jwt-weak-secret
        return getenv('CLINIC_JWT_KEY');
    }
}

class AppointmentTokens
{
    private const ENCODED_KEY = 'Y2xpbmljLWRldi1rZXk';

    public function issue($patientId)
    {
        $now = new DateTime();
        // expect: jwt-long-lived
        $until = new DateTime('now +12 hours');
        $claims = [
            'sub' => $patientId,
            'iat' => $now->getTimestamp(),
            'exp' => $until->getTimeStamp(),
        ];
        // expect: jwt-weak-secret
        return JWT::encode($claims, base64_decode(strtr(self::ENCODED_KEY, '-_', '+/')), 'HS256');
    }

    public function issueCheckIn($patientId)
    {
        // safe: jwt-long-lived
        $until = new DateTime('now +10 minutes');
        $claims = ['sub' => $patientId, 'exp' => $until->getTimestamp()];
        // safe: jwt-weak-secret
        return JWT::encode($claims, base64_decode(getenv('CLINIC_JWT_KEY_B64')), 'HS256');
    }
}

class PatientLogin
{
    private $db;

    public function login($email, $password)
    {
        $query = "SELECT id, display_name FROM patients WHERE email = :email AND password = SHA2(:pw, 256)";
        $stmt = $this->db->prepare($query);
        $stmt->execute(['email' => $email, 'pw' => $password]);
        $patient = $stmt->fetch(PDO::FETCH_ASSOC);
        if (!$patient) {
            return false;
        }
        // expect: session-fixation
        $_SESSION['patient_id'] = $patient['id'];
        $_SESSION['display_name'] = $patient['display_name'];
        return true;
    }

    public function loginRotating($email, $password)
    {
        $query = "SELECT id FROM patients WHERE email = :email AND password = SHA2(:pw, 256)";
        $stmt = $this->db->prepare($query);
        $stmt->execute(['email' => $email, 'pw' => $password]);
        $patient = $stmt->fetch(PDO::FETCH_ASSOC);
        if ($patient) {
            session_regenerate_id(true);
            // safe: session-fixation
            $_SESSION['patient_id'] = $patient['id'];
        }
        return (bool) $patient;
    }
}

function clinic_resume_session() {
    if (!empty($_GET['sid'])) {
        // expect: session-fixation
        session_id($_GET['sid']);
    }
    session_start();
}

function clinic_fresh_session() {
    // safe: session-fixation
    session_id(bin2hex(random_bytes(32)));
    session_start();
}
