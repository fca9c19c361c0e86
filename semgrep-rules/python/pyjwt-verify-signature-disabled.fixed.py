import requests
import jwt
import jwt as pyjwt
from jwt import decode, decode_complete

SECRET = __import__("os").environ["JWT_SECRET"]


def inline(token):
    # ruleid: pyjwt-verify-signature-disabled
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": True})


def aliased(token):
    # ruleid: pyjwt-verify-signature-disabled
    return pyjwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": True, "verify_exp": True})


def from_import(token):
    # ruleid: pyjwt-verify-signature-disabled
    return decode(token, options={"verify_signature": False})


def complete(token):
    # ruleid: pyjwt-verify-signature-disabled
    return decode_complete(token, SECRET, algorithms=["HS256"], options={"verify_signature": True})


def dict_call(token):
    # ruleid: pyjwt-verify-signature-disabled
    return jwt.decode(token, SECRET, algorithms=["HS256"], options=dict(verify_signature=True))


def options_variable(token):
    opts = {"verify_signature": False, "verify_exp": False}
    # ruleid: pyjwt-verify-signature-disabled
    return jwt.decode(token, SECRET, algorithms=["HS256"], options=opts)


def options_item(token):
    opts = {"verify_aud": False}
    opts["verify_signature"] = False
    # ruleid: pyjwt-verify-signature-disabled
    return pyjwt.decode(token, SECRET, algorithms=["HS256"], options=opts)


def kwargs(token):
    kw = {"algorithms": ["HS256"], "options": {"verify_signature": False}}
    # ruleid: pyjwt-verify-signature-disabled
    return jwt.decode(token, SECRET, **kw)


def instance(token):
    # ruleid: pyjwt-verify-signature-disabled
    return jwt.PyJWT().decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": True})


def verified(token):
    # ok: pyjwt-verify-signature-disabled
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": True})


def verified_other_options(token):
    opts = {"verify_aud": False}
    # ok: pyjwt-verify-signature-disabled
    return jwt.decode(token, SECRET, algorithms=["HS256"], options=opts)


def header_then_verify(token, jwks):
    header = jwt.get_unverified_header(token)
    key = jwks[header["kid"]]
    # ok: pyjwt-verify-signature-disabled
    return jwt.decode(token, key, algorithms=["RS256"], audience="api")


def read_issuer_then_verify(token, keys):
    # ok: pyjwt-verify-signature-disabled
    unverified = jwt.decode(token, options={"verify_signature": False})
    key = keys[unverified["iss"]]
    claims = jwt.decode(token, key, algorithms=["RS256"], audience="api", issuer=unverified["iss"])
    return claims


def twice_unverified(token):
    # ruleid: pyjwt-verify-signature-disabled
    first = jwt.decode(token, options={"verify_signature": False})
    return first


def verify_with_issuer_key(token, keys_by_issuer):
    # ok: pyjwt-verify-signature-disabled
    unverified = jwt.decode(token, options={"verify_signature": False})
    signing_key = keys_by_issuer[unverified["iss"]]
    try:
        return jwt.decode(token, key=signing_key, algorithms=["RS256"], audience="api")
    except jwt.InvalidTokenError:
        return None


def trust_unverified_role(token):
    # ruleid: pyjwt-verify-signature-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims.get("role") == "admin"


def service_token_expiry(client_id, client_secret):
    # a client-credentials token from the provider's token endpoint: only its
    # expiry is read, to schedule the next fetch
    resp = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"}, auth=(client_id, client_secret), timeout=10)
    resp.raise_for_status()
    access_token = resp.json()["access_token"]
    # ok: pyjwt-verify-signature-disabled
    claims = jwt.decode(access_token, options={"verify_signature": False})
    return access_token, claims["exp"]


def caller_after_upstream_call(request):
    raw = request.headers["Authorization"].split()[1]
    # ruleid: pyjwt-verify-signature-disabled
    claims = jwt.decode(raw, options={"verify_signature": False})
    resp = requests.get(f"{PROFILE_URL}/{claims['sub']}", timeout=10)
    return resp.json()


def issuer_of(token):
    # ok: pyjwt-verify-signature-disabled
    return jwt.decode(token, options={"verify_signature": False})["iss"]


def verify_multi_issuer(token):
    iss = issuer_of(token)
    key = TRUSTED_KEYS[iss]
    return jwt.decode(token, key, algorithms=["RS256"], audience="api", issuer=iss)


def tenant_of(token):
    # ruleid: pyjwt-verify-signature-disabled
    return jwt.decode(token, options={"verify_signature": False})["tenant"]


def handle(token):
    tenant = tenant_of(token)
    return load_tenant(tenant)


def exchange_external_token(token):
    try:
        header = jwt.get_unverified_header(token)
        # ok: pyjwt-verify-signature-disabled
        unverified = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError as exc:
        raise ValueError("malformed") from exc
    issuer = str(unverified.get("iss", ""))
    signing_key = jwks_for(issuer).get_signing_key_from_jwt(token)
    try:
        claims = jwt.decode(token, signing_key.key, algorithms=["RS256"], audience="api")
    except jwt.InvalidTokenError as exc:
        raise ValueError("invalid") from exc
    return claims


def trust_unverified_in_try(token):
    try:
        # ruleid: pyjwt-verify-signature-disabled
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        return None
    return claims["sub"]
