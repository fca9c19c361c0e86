import os

from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
# ruleid: starlette-session-middleware-no-expiry
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], max_age=None)
# ruleid: starlette-session-middleware-no-expiry
middleware = [Middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], max_age=60 * 60 * 24 * 365)]
# ok: starlette-session-middleware-no-expiry
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], max_age=60 * 60 * 8, https_only=True)
