"""/auth routes of the FleetDesk API (FastAPI + python-jose)."""
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException, Response
from jose import jwt
from passlib.context import CryptContext
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from .config import settings
from .db import get_session
from .models import ApiClient, User
from .revocation import revoke_jti
from .security import create_access_token, get_current_user, oauth2_scheme

router = APIRouter(prefix="/auth", tags=["auth"])
pwd = CryptContext(schemes=["argon2"], deprecated="auto")


class PasswordChange(BaseModel):
    current_password: str
    new_password: str


@router.post("/logout", status_code=204)
async def logout(response: Response, user: User = Depends(get_current_user)):
    # expect: jwt-no-revocation
    response.delete_cookie("access_token", path="/", secure=True, httponly=True, samesite="strict")
    return None


@router.post("/logout-everywhere", status_code=204)
async def logout_everywhere(
    response: Response,
    user: User = Depends(get_current_user),
    db: AsyncSession = Depends(get_session),
):
    user.token_version += 1
    await db.commit()
    # safe: jwt-no-revocation
    response.delete_cookie("access_token", path="/")
    return None


@router.post("/logout-device", status_code=204)
async def logout_device(response: Response, token: str = Depends(oauth2_scheme)):
    claims = jwt.decode(
        token,
        settings.jwt_secret.get_secret_value(),
        algorithms=["HS256"],
        audience=settings.jwt_audience,
        issuer=settings.jwt_issuer,
    )
    await revoke_jti(claims["jti"], until=claims["exp"])
    # safe: jwt-no-revocation
    response.delete_cookie("access_token", path="/")
    return None


@router.post("/password")
async def change_password(
    body: PasswordChange,
    user: User = Depends(get_current_user),
    db: AsyncSession = Depends(get_session),
):
    if not pwd.verify(body.current_password, user.password_hash):
        raise HTTPException(status_code=400, detail="wrong password")
    # expect: jwt-no-revocation
    user.password_hash = pwd.hash(body.new_password)
    await db.commit()
    return {"status": "ok"}


@router.post("/password/reset/confirm")
async def confirm_reset(body: PasswordChange, user: User = Depends(get_current_user), db: AsyncSession = Depends(get_session)):
    # safe: jwt-no-revocation
    user.password_hash = pwd.hash(body.new_password)
    user.tokens_valid_after = datetime.now(timezone.utc)
    await db.commit()
    return {"status": "ok", "access_token": create_access_token(user.id, user.scopes)}


@router.post("/clients/{client_id}/token")
async def client_token(client_id: int, db: AsyncSession = Depends(get_session)):
    client = await db.get(ApiClient, client_id)
    if client is None:
        raise HTTPException(status_code=404)
    claims = {
        "sub": f"client:{client.id}",
        "api_key": client.api_key,
        "webhook_secret": client.webhook_secret,
        "exp": datetime.now(timezone.utc) + timedelta(minutes=10),
    }
    # expect: jwt-sensitive-payload
    token = jwt.encode(claims, settings.jwt_secret.get_secret_value(), algorithm="HS256")
    return {"access_token": token, "token_type": "bearer"}
