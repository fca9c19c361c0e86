import os
from jose import jwt

KEY = os.environ["JWT_KEY"]


def issue(user, card):
    # ruleid: python-jose-sensitive-payload
    return jwt.encode({"sub": user.id, "card_number": card.number}, KEY, algorithm="HS256")


def issue_ok(user):
    # ok: python-jose-sensitive-payload
    return jwt.encode({"sub": user.id, "scope": "read"}, KEY, algorithm="HS256")
