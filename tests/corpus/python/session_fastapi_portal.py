"""Customer portal API (FastAPI + Starlette sessions)."""
import os

from authlib.integrations.starlette_client import OAuth
from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.responses import RedirectResponse
from passlib.context import CryptContext
from starlette.middleware.sessions import SessionMiddleware

from .db import get_user_by_email
from .security import create_access_token, create_refresh_token

app = FastAPI(title="portal")
pwd_context = CryptContext(schemes=["argon2"], deprecated="auto")
oauth = OAuth()
SESSION_SECRET = "portal-session-secret"

app.add_middleware(
    SessionMiddleware,
    # expect: session-weak-secret
    secret_key=SESSION_SECRET,
    # expect: session-cookie-insecure
    https_only=False,
    # expect: session-no-expiry
    max_age=None,
)


@app.post("/login")
async def login(request: Request, response: Response, email: str, password: str):
    user = await get_user_by_email(email)
    if user is None or not pwd_context.verify(password, user.password_hash):
        raise HTTPException(status_code=401, detail="invalid credentials")
    # expect: session-fixation
    request.session["user_id"] = str(user.id)
    access_token = create_access_token(user.id)
    # expect: session-cookie-insecure
    response.set_cookie(key="access_token", value=access_token)
    # safe: session-cookie-insecure
    response.set_cookie(key="ui_theme", value="dark")
    return {"ok": True}


@app.post("/v2/login")
async def login_v2(request: Request, response: Response, email: str, password: str):
    user = await get_user_by_email(email)
    if user is None or not pwd_context.verify(password, user.password_hash):
        raise HTTPException(status_code=401, detail="invalid credentials")
    request.session.clear()
    # safe: session-fixation
    request.session["user_id"] = str(user.id)
    refresh = create_refresh_token(user.id)
    # safe: session-cookie-insecure
    response.set_cookie("refresh_token", refresh, httponly=True, secure=True, samesite="strict", path="/auth/refresh")
    # expect: session-cookie-insecure
    response.set_cookie("refresh_token_legacy", refresh, httponly=True, secure=False, samesite="lax")
    return {"ok": True}


@app.get("/auth/google")
async def google_callback(request: Request):
    token = await oauth.google.authorize_access_token(request)
    # expect: session-insecure-store
    request.session["google_access_token"] = token["access_token"]
    # expect: session-fixation
    request.session["user"] = dict(token["userinfo"])
    # safe: session-insecure-store
    request.session["google_sub"] = token["userinfo"]["sub"]
    return RedirectResponse(url="/")


@app.post("/preferences")
async def preferences(request: Request, lang: str):
    # safe: session-fixation
    request.session["lang"] = lang
    return {"lang": lang}
