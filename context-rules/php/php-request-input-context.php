<?php
use Firebase\JWT\JWT;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Lcobucci\JWT\Token\Parser;
use Lcobucci\JWT\Encoding\JoseEncoder;
use Psr\Http\Message\ServerRequestInterface;

function currentUserId() {
    $auth = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
    $jwt = substr($auth, 7);
    // ruleid: php-request-input-context
    $claims = json_decode(base64_decode(explode('.', $jwt)[1]), true);
    return $claims['sub'];
}

function fromCookie() {
    $parts = explode('.', $_COOKIE['token']);
    // ruleid: php-request-input-context
    return json_decode(JWT::urlsafeB64Decode($parts[1]));
}

function fromHeaders() {
    $headers = getallheaders();
    if (preg_match('/Bearer\s+(\S+)/', $headers['Authorization'], $m)) {
        [$h, $body, $sig] = explode('.', $m[1]);
        // ruleid: php-request-input-context
        return json_decode(base64_decode(strtr($body, '-_', '+/')), true);
    }
    return null;
}

function fromQuery() {
    $token = str_replace('Bearer ', '', $_GET['access_token'] ?? $_REQUEST['token']);
    // ruleid: php-request-input-context
    return JWT::decode($token, null, false);
}

class ProfileController
{
    public function show(Request $request)
    {
        // ruleid: php-request-input-context
        $token = (new Parser(new JoseEncoder()))->parse($request->bearerToken());
        return $token->claims()->get('uid');
    }

    public function symfony(\Symfony\Component\HttpFoundation\Request $req)
    {
        $raw = substr($req->headers->get('Authorization'), 7);
        // ruleid: php-request-input-context
        return json_decode(base64_decode(explode('.', $raw)[1]), true);
    }

    public function psr(ServerRequestInterface $r)
    {
        $jwt = trim(substr($r->getHeaderLine('Authorization'), 7));
        // ruleid: php-request-input-context
        $token = $this->config->parser()->parse($jwt);
        return $token->claims()->get('sub');
    }

    public function helperAndFacade()
    {
        // ruleid: php-request-input-context
        $a = json_decode(base64_decode(explode('.', request()->header('X-Token'))[1]));
        // ruleid: php-request-input-context
        $b = json_decode(base64_decode(explode('.', \Request::cookie('jwt'))[1]));
        // ruleid: php-request-input-context
        $c = $this->base64UrlDecode(explode('.', $this->request->getHeaderLine('Authorization'))[1]);
        return [$a, $b, $c];
    }
}

// the helper's parameter: where it comes from is the caller's business
function claimsOf($jwt) {
    // ok: php-request-input-context
    return json_decode(base64_decode(explode('.', $jwt)[1]), true);
}

// an id_token the app fetched from its provider's token endpoint
function providerClaims($client, $code) {
    $request = new \GuzzleHttp\Psr7\Request('POST', 'https://oauth2.provider.example/token');
    $response = $client->send($request, ['form_params' => ['code' => $code]]);
    $body = json_decode((string) $response->getBody(), true);
    // ok: php-request-input-context
    return json_decode(base64_decode(explode('.', $body['id_token'])[1]), true);
}

function providerClaimsLaravel($code) {
    $tokens = Http::asForm()->post('https://oauth2.provider.example/token', ['code' => $code])->json();
    // ok: php-request-input-context
    return (new Parser(new JoseEncoder()))->parse($tokens['id_token']);
}

// a token read from the app's own store
function storedClaims(PDO $db, $userId) {
    $row = $db->query('SELECT api_token FROM users WHERE id = ' . (int) $userId)->fetch();
    // ok: php-request-input-context
    return json_decode(base64_decode(explode('.', $row['api_token'])[1]), true);
}
