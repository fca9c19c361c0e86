"""Authentication router for the orders API (FastAPI + python-jose)."""
import os
from datetime import datetime, timedelta, timezone
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import JWTError, jwt
from passlib.context import CryptContext

from .db import get_user, save_user, revoked_tokens

# expect: jwt-weak-secret
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
# expect: jwt-long-lived
ACCESS_TOKEN_EXPIRE_MINUTES = 60 * 24 * 7
# safe: jwt-long-lived
REFRESH_TOKEN_EXPIRE_DAYS = 14

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
router = APIRouter()


def create_access_token(data: dict, expires_delta: Optional[timedelta] = None) -> str:
    to_encode = data.copy()
    if expires_delta:
        expire = datetime.now(timezone.utc) + expires_delta
    else:
        # safe: jwt-long-lived
        expire = datetime.now(timezone.utc) + timedelta(minutes=15)
    to_encode.update({"exp": expire})
    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)


async def get_current_user(token: str = Depends(oauth2_scheme)):
    credentials_exception = HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Could not validate credentials")
    try:
        # safe: jwt-none-algorithm
        # expect: jwt-claims-not-validated
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username: str = payload.get("sub")
        if username is None or payload.get("jti") in revoked_tokens:
            raise credentials_exception
    except JWTError:
        raise credentials_exception
    return get_user(username)


async def get_user_from_legacy_header(token: str):
    try:
        # expect: jwt-none-algorithm
        payload = jwt.decode(token, SECRET_KEY)
    except JWTError:
        return None
    return get_user(payload["sub"])


@router.post("/token")
async def login(response: Response, form_data: OAuth2PasswordRequestForm = Depends()):
    user = get_user(form_data.username)
    if not user or not pwd_context.verify(form_data.password, user.hashed_password):
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    access_token = create_access_token(
        # expect: jwt-sensitive-payload
        data={"sub": user.username, "hashed_password": user.hashed_password},
        # expect: jwt-long-lived
        expires_delta=timedelta(days=1),
    )
    response.set_cookie("access_token", access_token, httponly=True, secure=True, samesite="lax")
    return {"access_token": access_token, "token_type": "bearer"}


@router.post("/token/short")
async def login_short(form_data: OAuth2PasswordRequestForm = Depends()):
    user = get_user(form_data.username)
    if not user or not pwd_context.verify(form_data.password, user.hashed_password):
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    # safe: jwt-sensitive-payload
    access_token = create_access_token(data={"sub": user.username, "scopes": user.scopes},
                                       # safe: jwt-long-lived
                                       expires_delta=timedelta(minutes=10))
    return {"access_token": access_token, "token_type": "bearer"}


# expect: jwt-no-revocation
@router.post("/logout")
async def logout(response: Response, user=Depends(get_current_user)):
    response.delete_cookie("access_token")
    return {"detail": "Logged out"}


# safe: jwt-no-revocation
@router.post("/logout/everywhere")
async def logout_everywhere(response: Response, token: str = Depends(oauth2_scheme)):
    # expect: jwt-claims-not-validated
    claims = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    revoked_tokens.add(claims["jti"])
    response.delete_cookie("access_token")
    return {"detail": "Logged out"}


# expect: jwt-no-revocation
@router.post("/users/me/password")
async def change_password(new_password: str, user=Depends(get_current_user)):
    user.hashed_password = pwd_context.hash(new_password)
    save_user(user)
    return {"detail": "Password updated"}


# safe: jwt-no-revocation
@router.post("/users/me/password/v2")
async def change_password_v2(new_password: str, user=Depends(get_current_user)):
    user.hashed_password = pwd_context.hash(new_password)
    user.token_version += 1
    save_user(user)
    return {"detail": "Password updated, please sign in again"}
