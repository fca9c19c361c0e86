import os

from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
# ruleid: starlette-session-middleware-cookie-insecure
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)
# ruleid: starlette-session-middleware-cookie-insecure
middleware = [Middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], same_site="none")]
# ok: starlette-session-middleware-cookie-insecure
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True, same_site="none")
# ok: starlette-session-middleware-cookie-insecure
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True, same_site="strict")
