import os

from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.applications import Starlette

SESSION_SECRET = "please-change-me"
app = FastAPI()
# ruleid: starlette-session-secret-hardcoded
app.add_middleware(SessionMiddleware, secret_key="secret")
# ruleid: starlette-session-secret-hardcoded
app.add_middleware(SessionMiddleware, secret_key=SESSION_SECRET, https_only=True)
# ruleid: starlette-session-secret-hardcoded
other = Starlette(middleware=[Middleware(SessionMiddleware, secret_key=os.getenv("SESSION_SECRET", "dev"))])
# ruleid: starlette-session-secret-hardcoded
wrapped = SessionMiddleware(app, "keyboard cat")
# ok: starlette-session-secret-hardcoded
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])
# ok: starlette-session-secret-hardcoded
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret)

# ruleid: starlette-session-secret-hardcoded
SECRET = os.environ.get("SESSION_SECRET", "fallback-secret")
other_app = Starlette(middleware=[Middleware(SessionMiddleware, secret_key=SECRET)])
