import os

# ruleid: python-jwt-secret-setting-hardcoded
JWT_SECRET = "dev-secret"
# ruleid: python-jwt-secret-setting-hardcoded
jwt_signing_key = os.getenv("JWT_SIGNING_KEY", "insecure-default")
# ok: python-jwt-secret-setting-hardcoded
JWT_ALGORITHM = "HS256"
# ok: python-jwt-secret-setting-hardcoded
JWT_KEY = os.environ["JWT_KEY"]


class Settings:
    # ruleid: python-jwt-secret-setting-hardcoded
    jwt_secret: str = "changeme"
    # ok: python-jwt-secret-setting-hardcoded
    jwt_issuer: str = "https://api.example.com"


import jwt

# reported by pyjwt-hardcoded-secret on this line, since this module signs with it
# ok: python-jwt-secret-setting-hardcoded
JWT_SECRET_KEY = "signing-key-used-below"


def issue(uid):
    return jwt.encode({"sub": uid}, JWT_SECRET_KEY, algorithm="HS256")
