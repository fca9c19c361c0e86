import os
from datetime import datetime, timedelta, timezone

import jwt

# ruleid: pyjwt-hardcoded-secret
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
# ruleid: pyjwt-hardcoded-secret
FALLBACK_KEY = os.environ.get("APP_JWT_KEY", "changeme")
# ok: pyjwt-hardcoded-secret
ENV_KEY = os.environ["APP_JWT_KEY"]
# ok: pyjwt-hardcoded-secret
UNUSED_LITERAL = "not-a-key"
ALGORITHM = "HS256"


def inline(user_id):
    payload = {"sub": user_id, "exp": datetime.now(timezone.utc) + timedelta(minutes=10)}
    # ruleid: pyjwt-hardcoded-secret
    return jwt.encode(payload, "secret", algorithm=ALGORITHM)


def inline_kw(token):
    # ruleid: pyjwt-hardcoded-secret
    return jwt.decode(token, key=b"my-super-secret", algorithms=["HS256"])


def with_constant(user_id):
    return jwt.encode({"sub": user_id}, SECRET_KEY, algorithm=ALGORITHM)


def with_fallback(token):
    return jwt.decode(token, FALLBACK_KEY, algorithms=["HS256"])


def inline_fallback(token):
    # ruleid: pyjwt-hardcoded-secret
    return jwt.decode(token, os.getenv("JWT_KEY", "dev-key"), algorithms=["HS256"])


def local(user_id):
    # ruleid: pyjwt-hardcoded-secret
    key = "local-dev-secret"
    return jwt.encode({"sub": user_id}, key, algorithm="HS256")


def from_env(token):
    # ok: pyjwt-hardcoded-secret
    return jwt.decode(token, ENV_KEY, algorithms=["HS256"])


def from_env_inline(token):
    # ok: pyjwt-hardcoded-secret
    return jwt.decode(token, os.environ["APP_JWT_KEY"], algorithms=["HS256"])


def public_key(token):
    # ok: pyjwt-hardcoded-secret
    return jwt.decode(token, "-----BEGIN PUBLIC KEY-----\nMIIB...\n-----END PUBLIC KEY-----", algorithms=["RS256"])


class SessionTokenService:
    # ruleid: pyjwt-hardcoded-secret
    SIGNING_SECRET = "class-level-signing-secret"
    # ok: pyjwt-hardcoded-secret
    PUBLIC_KEY_PATH = "/etc/keys/jwt.pub"

    def issue(self, user_id):
        # ok: pyjwt-hardcoded-secret
        return jwt.encode({"sub": user_id, "exp": 1}, self.SIGNING_SECRET, algorithm="HS256")

    def read(self, token):
        # ok: pyjwt-hardcoded-secret
        return jwt.decode(token, open(self.PUBLIC_KEY_PATH).read(), algorithms=["RS256"])


class EnvBackedTokens:
    # ok: pyjwt-hardcoded-secret
    SIGNING_SECRET = os.environ["JWT_SIGNING_SECRET"]

    def issue(self, user_id):
        # ok: pyjwt-hardcoded-secret
        return jwt.encode({"sub": user_id, "exp": 1}, self.SIGNING_SECRET, algorithm="HS256")


def issue_bytes_key(user_id):
    # ruleid: pyjwt-hardcoded-secret
    return jwt.encode({"sub": user_id, "exp": 1}, bytes("bytes-wrapped-secret", "utf-8"), algorithm="HS256")
