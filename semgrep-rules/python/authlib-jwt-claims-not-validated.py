import os
from authlib.jose import JsonWebToken

KEY = os.environ["JWT_PUBLIC_KEY"]
jwt = JsonWebToken(["RS256"])


def current_user(token):
    # ruleid: authlib-jwt-claims-not-validated
    claims = jwt.decode(token, KEY)
    return claims["sub"]


def passthrough(token):
    # ruleid: authlib-jwt-claims-not-validated
    return jwt.decode(token, KEY, claims_options={"iss": {"essential": True, "value": "https://id"}})


def validated(token):
    # ok: authlib-jwt-claims-not-validated
    claims = jwt.decode(token, KEY, claims_options={"iss": {"essential": True, "value": "https://id"}})
    claims.validate()
    return claims["sub"]


def validated_in_try(token):
    # ok: authlib-jwt-claims-not-validated
    claims = jwt.decode(token, KEY)
    try:
        claims.validate(leeway=5)
    except Exception:
        return None
    return claims


def service_subject(token):
    # ruleid: authlib-jwt-claims-not-validated
    claims = JsonWebToken(["ES256"]).decode(token, KEY)
    return claims["sub"]


def service_subject_checked(token):
    # ok: authlib-jwt-claims-not-validated
    claims = JsonWebToken(["ES256"]).decode(token, KEY, claims_options={"iss": {"essential": True, "value": "idp"}})
    claims.validate()
    return claims["sub"]


def get_subject(token, public_key):
    # ruleid: authlib-jwt-claims-not-validated
    return jwt.decode(token, public_key)["sub"]
