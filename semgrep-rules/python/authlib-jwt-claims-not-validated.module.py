from authlib.jose import jwt
from flask import current_app, request


def get_api_key():
    scheme, token = request.headers["Authorization"].split()
    # ruleid: authlib-jwt-claims-not-validated
    return jwt.decode(token, current_app.config["JWT_PUBLIC_KEY"])["key"]


def get_checked_claims(token, key):
    # ok: authlib-jwt-claims-not-validated
    claims = jwt.decode(token, key)
    claims.validate()
    return claims["sub"]
