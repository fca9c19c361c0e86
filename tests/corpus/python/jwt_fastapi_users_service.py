"""User accounts microservice (FastAPI + PyJWT), settings object style."""
import base64
import json
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic_settings import BaseSettings

from .crud import get_user_by_id, update_user
from .security import hash_password


class Settings(BaseSettings):
    # expect: jwt-weak-secret
    jwt_secret_key: str = "users-service-secret"
    jwt_algorithm: str = "HS256"
    # expect: jwt-long-lived
    access_token_expire_minutes: int = 60 * 24
    # safe: jwt-long-lived
    refresh_token_expire_days: int = 30
    # safe: jwt-weak-secret
    database_url: str = "postgresql://localhost/users"


settings = Settings()
app = FastAPI()
bearer = HTTPBearer()


def make_token(user) -> str:
    now = datetime.now(timezone.utc)
    # safe: jwt-long-lived
    exp = now + timedelta(minutes=5)
    claims = {"sub": str(user.id), "iat": now, "exp": exp, "role": user.role}
    return jwt.encode(claims, settings.jwt_secret_key, algorithm=settings.jwt_algorithm)


def make_invite_token(email: str) -> str:
    # expect: jwt-long-lived
    return jwt.encode({"email": email, "purpose": "invite"}, settings.jwt_secret_key, algorithm="HS256")


def make_profile_token(user) -> str:
    # expect: jwt-sensitive-payload
    claims = {**user.model_dump(), "exp": datetime.now(timezone.utc) + timedelta(minutes=5)}
    return jwt.encode(claims, settings.jwt_secret_key, algorithm="HS256")


def make_billing_token(user, card) -> str:
    payload = {
        "sub": str(user.id),
        # expect: jwt-sensitive-payload
        "cvv": card.cvv,
        # safe: jwt-sensitive-payload
        "plan": user.plan,
        "exp": datetime.now(timezone.utc) + timedelta(minutes=5),
    }
    return jwt.encode(payload, settings.jwt_secret_key, algorithm="HS256")


async def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)):
    try:
        # safe: jwt-signature-not-verified
        # expect: jwt-claims-not-validated
        claims = jwt.decode(creds.credentials, settings.jwt_secret_key, algorithms=[settings.jwt_algorithm])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)
    return get_user_by_id(int(claims["sub"]))


def user_id_from_request(request: Request) -> int:
    token = request.headers["authorization"].split()[1]
    # expect: jwt-signature-not-verified
    payload = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))
    return int(payload["sub"])


def audit_actor(request: Request) -> str:
    token = request.headers.get("authorization", "").split()[-1]
    # expect: jwt-signature-not-verified
    claims = jwt.decode(token, algorithms=["HS256"], options={"verify_signature": False})
    return claims.get("sub", "anonymous")


def token_kid(token: str) -> str:
    # safe: jwt-signature-not-verified
    return jwt.get_unverified_header(token).get("kid", "default")


# expect: jwt-no-revocation
@app.post("/auth/logout")
async def logout():
    resp = JSONResponse({"detail": "signed out"})
    resp.delete_cookie("access_token", path="/")
    return resp


# expect: jwt-no-revocation
@app.post("/me/password")
async def change_password(body: dict, user=Depends(current_user)):
    user.password_hash = hash_password(body["new_password"])
    update_user(user)
    return {"detail": "ok"}


# safe: jwt-no-revocation
@app.post("/me/password/rotate")
async def rotate_password(body: dict, user=Depends(current_user)):
    user.password_hash = hash_password(body["new_password"])
    user.tokens_valid_after = datetime.now(timezone.utc)
    update_user(user)
    return {"detail": "ok"}
