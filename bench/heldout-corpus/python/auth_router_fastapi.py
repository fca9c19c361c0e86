"""Authentication router for the tasks API (FastAPI + python-jose)."""
import os
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import JWTError, jwt
from passlib.context import CryptContext
from sqlalchemy.orm import Session

from .db import get_db
from .models import RefreshToken, User

# expect: jwt-weak-secret
SECRET_KEY = os.getenv("TASKS_JWT_SECRET", "please-change-me")
ALGORITHM = "HS256"
# expect: jwt-long-lived
ACCESS_TOKEN_EXPIRE_MINUTES = 60 * 24
REFRESH_TOKEN_DAYS = 14

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")
router = APIRouter(prefix="/auth", tags=["auth"])


def create_access_token(user: User) -> str:
    expire = datetime.now(timezone.utc) + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    to_encode = {
        "sub": str(user.id),
        "email": user.email,
        # expect: jwt-sensitive-payload
        "password_hash": user.hashed_password,
        "exp": expire,
    }
    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)


def create_refresh_token(db: Session, user: User) -> str:
    token_id = uuid.uuid4().hex
    db.add(RefreshToken(id=token_id, user_id=user.id, rotation=0))
    db.commit()
    # safe: jwt-long-lived
    expire = datetime.now(timezone.utc) + timedelta(days=REFRESH_TOKEN_DAYS)
    return jwt.encode({"sub": str(user.id), "jti": token_id, "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)


async def get_current_user(token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)) -> User:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        # expect: jwt-none-algorithm
        # expect: jwt-claims-not-validated
        payload = jwt.decode(token, SECRET_KEY)
    except JWTError:
        raise unauthorized
    user = db.get(User, int(payload.get("sub", 0)))
    if user is None or not user.is_active:
        raise unauthorized
    return user


@router.post("/token")
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    user = db.query(User).filter(User.email == form.username).first()
    if not user or not pwd_context.verify(form.password, user.hashed_password):
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    return {
        "access_token": create_access_token(user),
        "refresh_token": create_refresh_token(db, user),
        "token_type": "bearer",
    }


@router.post("/logout", status_code=204)
def logout(response: Response, user: User = Depends(get_current_user)):
    # expect: jwt-no-revocation
    response.delete_cookie("tasks_access_token")
    return None


@router.post("/password", status_code=204)
def change_password(
    current: str,
    new: str,
    user: User = Depends(get_current_user),
    db: Session = Depends(get_db),
):
    if not pwd_context.verify(current, user.hashed_password):
        raise HTTPException(status_code=400, detail="Wrong password")
    # expect: jwt-no-revocation
    user.hashed_password = pwd_context.hash(new)
    db.commit()
    return None
