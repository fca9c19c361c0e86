import os
import jwt

SECRET = os.environ["API_JWT_SECRET"]


def current_user_id(request):
    raw = request.headers.get("Authorization", "").removeprefix("Bearer ")
    # ruleid: pyjwt-decode-without-aud-iss
    claims = jwt.decode(raw, SECRET, algorithms=["HS256"])
    return claims["sub"]


def load_account(header_value):
    try:
        # ruleid: pyjwt-decode-without-aud-iss
        body = jwt.decode(
            header_value, key=SECRET, algorithms=["HS512"])
    except jwt.InvalidTokenError:
        return None
    return body.get("account")


def refresh_pair(token):
    # ruleid: pyjwt-decode-without-aud-iss
    data = jwt.decode(token, SECRET, ["HS256"], options={"require": ["exp"]})
    return data


def api_identity(token):
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, SECRET, algorithms=["HS256"], audience="orders-api", issuer="https://auth.example.org")


def api_identity_aud_only(token):
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, SECRET, algorithms=["HS256"], audience=["orders-api"])


def checked_later(token):
    # ok: pyjwt-decode-without-aud-iss
    payload = jwt.decode(token, SECRET, algorithms=["HS256"])
    if payload.get("iss") != "orders":
        raise PermissionError("foreign token")
    return payload


def settings_kwargs(token, verify_kwargs):
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, SECRET, algorithms=["HS256"], **verify_kwargs)


def peek(token):
    # signature not checked: reported by pyjwt-verify-signature-disabled
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, options={"verify_signature": False})


def expiry_off(token):
    # reported by pyjwt-claims-not-validated
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})


def idp_token(token, signing_key):
    # public-key token of an identity provider: reported by pyjwt-claims-not-validated
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, signing_key.key, algorithms=["RS256"])


def old_style(token):
    # no allow-list: reported by pyjwt-decode-without-algorithms
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, SECRET)


def legacy_positional(token):
    # PyJWT 1.x verify flag in the third slot, no key: reported by pyjwt-legacy-verify-false
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, None, False)


def options_dict_call(token):
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, SECRET, algorithms=["HS256"], options=dict(verify_signature=False))


class RevokedToken:
    def __init__(self, token):
        # ok: pyjwt-decode-without-aud-iss
        payload = jwt.decode(token, SECRET, algorithms=["HS256"])
        self.token = token
        self.expires_at = payload["exp"]


def decode_own(token, verify_aud=False):
    # the caller decides whether aud is checked
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_aud": verify_aud})
