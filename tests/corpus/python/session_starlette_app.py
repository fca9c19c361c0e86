"""Plain Starlette dashboard (no FastAPI)."""
import os

from starlette.applications import Starlette
from starlette.config import Config
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route

from .auth import check_credentials, issue_refresh_token

config = Config(".env")
# expect: session-weak-secret
DASHBOARD_SECRET = config("DASHBOARD_SECRET", default="dashboard-dev-secret")
# safe: session-weak-secret
STATUS_SECRET = config("STATUS_SECRET")


async def login(request):
    form = await request.form()
    user = await check_credentials(form["username"], form["password"])
    if user is None:
        return JSONResponse({"error": "invalid"}, status_code=401)
    # expect: session-fixation
    request.session.update({"username": user.username})
    # expect: session-insecure-store
    request.session["refresh_token"] = issue_refresh_token(user)
    response = RedirectResponse("/", status_code=303)
    # expect: session-cookie-insecure
    response.set_cookie("dashboard_auth", user.session_id, samesite="none", httponly=True)
    return response


async def logout(request):
    request.session.clear()
    response = RedirectResponse("/login", status_code=303)
    # safe: session-cookie-insecure
    response.delete_cookie("dashboard_auth")
    return response


async def switch_tenant(request):
    request.session.clear()
    # safe: session-fixation
    request.session["user_tenant"] = request.path_params["tenant"]
    return RedirectResponse("/", status_code=303)


routes = [Route("/login", login, methods=["POST"]), Route("/logout", logout), Route("/t/{tenant}", switch_tenant)]

app = Starlette(
    routes=routes,
    middleware=[
        # expect: session-no-expiry
        Middleware(SessionMiddleware, secret_key=DASHBOARD_SECRET, max_age=30 * 24 * 3600, https_only=True),
    ],
)

# expect: session-weak-secret
status_app = SessionMiddleware(Starlette(routes=[]), "status-page-secret")
# safe: session-weak-secret
status_app_v2 = SessionMiddleware(Starlette(routes=[]), str(STATUS_SECRET), https_only=True)
