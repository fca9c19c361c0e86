import os
from authlib.jose import jwt

KEY = os.environ["JWT_KEY"]


def issue(user):
    # ruleid: authlib-jwt-sensitive-payload
    return jwt.encode({"alg": "HS256"}, {"sub": user.id, "date_of_birth": user.dob}, KEY)


def issue_ok(user):
    # ok: authlib-jwt-sensitive-payload
    return jwt.encode({"alg": "HS256"}, {"sub": user.id, "roles": user.roles}, KEY)
