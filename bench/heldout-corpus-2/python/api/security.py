"""FastAPI auth dependencies (python-jose)."""
from datetime import datetime, timedelta, timezone
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt
from pydantic import BaseModel

from .config import settings
from .db import get_user_by_id

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 15


class TokenData(BaseModel):
    sub: str
    scopes: list[str] = []


def create_access_token(user_id: int, scopes: list[str]) -> str:
    expire = datetime.now(timezone.utc) + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    to_encode = {
        "sub": str(user_id),
        "scopes": scopes,
        "exp": expire,
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
    }
    # safe: jwt-long-lived
    # safe: jwt-weak-secret
    # safe: jwt-sensitive-payload
    return jwt.encode(to_encode, settings.jwt_secret.get_secret_value(), algorithm=ALGORITHM)


def create_service_token(service_name: str) -> str:
    # expect: jwt-weak-secret
    # expect: jwt-long-lived
    return jwt.encode({"sub": service_name, "scopes": ["internal"]}, "s3rv1ce-k3y", algorithm=ALGORITHM)


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]):
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        # safe: jwt-none-algorithm
        # safe: jwt-claims-not-validated
        payload = jwt.decode(
            token,
            settings.jwt_secret.get_secret_value(),
            algorithms=[ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
        )
        data = TokenData(sub=payload["sub"], scopes=payload.get("scopes", []))
    except (JWTError, KeyError):
        raise credentials_exception
    user = await get_user_by_id(int(data.sub))
    if user is None:
        raise credentials_exception
    return user


async def get_internal_caller(token: Annotated[str, Depends(oauth2_scheme)]):
    try:
        # expect: jwt-none-algorithm
        # expect: jwt-claims-not-validated
        payload = jwt.decode(token, settings.internal_jwt_key)
    except JWTError:
        raise HTTPException(status_code=401, detail="bad service token")
    if "internal" not in payload.get("scopes", []):
        raise HTTPException(status_code=403)
    return payload["sub"]


async def get_legacy_mobile_user(token: Annotated[str, Depends(oauth2_scheme)]):
    """Old app builds still send tokens minted before we added expiry."""
    try:
        # expect: jwt-claims-not-validated
        payload = jwt.decode(
            token,
            settings.jwt_secret.get_secret_value(),
            algorithms=[ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"verify_exp": False},
        )
    except JWTError:
        raise HTTPException(status_code=401)
    return await get_user_by_id(int(payload["sub"]))
