"""Token helpers for the API."""
import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def issue(user_id: str) -> str:
    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS256")
