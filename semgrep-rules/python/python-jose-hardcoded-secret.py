import os
from jose import jwt

# ruleid: python-jose-hardcoded-secret
SECRET = "supersecret"
# ok: python-jose-hardcoded-secret
KEY = os.environ["JOSE_KEY"]


def issue(sub):
    return jwt.encode({"sub": sub}, SECRET, algorithm="HS256")


def check(token):
    # ruleid: python-jose-hardcoded-secret
    return jwt.decode(token, "secret", algorithms=["HS256"])


def check_env(token):
    # ok: python-jose-hardcoded-secret
    return jwt.decode(token, KEY, algorithms=["HS256"])


class JoseTokenIssuer:
    # ruleid: python-jose-hardcoded-secret
    HMAC_KEY = "jose-class-level-key"

    def issue(self, user_id):
        # ok: python-jose-hardcoded-secret
        return jwt.encode({"sub": user_id}, self.HMAC_KEY, algorithm="HS256")
