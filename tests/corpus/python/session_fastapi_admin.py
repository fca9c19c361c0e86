import os

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

from .auth import verify_admin_password

middleware = [
    Middleware(
        SessionMiddleware,
        # safe: session-weak-secret
        secret_key=os.environ["ADMIN_SESSION_SECRET"],
        # safe: session-cookie-insecure
        https_only=True,
        same_site="strict",
        # safe: session-no-expiry
        max_age=60 * 30,
    )
]
admin = FastAPI(middleware=middleware)

legacy = FastAPI()
legacy.add_middleware(
    SessionMiddleware,
    # expect: session-weak-secret
    secret_key=os.getenv("LEGACY_SESSION_SECRET", "legacy-admin"),
    # expect: session-no-expiry
    max_age=60 * 60 * 24 * 365,
    # expect: session-cookie-insecure
    same_site="none",
)

reports = FastAPI()
# safe: session-no-expiry
reports.add_middleware(SessionMiddleware, secret_key=os.environ["REPORTS_SESSION_SECRET"], https_only=True, max_age=3600)


@admin.post("/login")
async def admin_login(request: Request, username: str = Form(...), password: str = Form(...)):
    if not verify_admin_password(username, password):
        raise HTTPException(status_code=401)
    request.session.clear()
    # safe: session-fixation
    request.session["admin"] = username
    return RedirectResponse("/admin", status_code=303)


@legacy.post("/login")
async def legacy_login(request: Request, username: str = Form(...), password: str = Form(...)):
    if not verify_admin_password(username, password):
        raise HTTPException(status_code=401)
    # expect: session-fixation
    request.session["admin"] = username
    # expect: session-insecure-store
    request.session["admin_password"] = password
    return RedirectResponse("/admin", status_code=303)
