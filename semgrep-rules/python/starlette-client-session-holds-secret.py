from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()


@app.get("/auth")
async def auth(request: Request):
    token = await oauth.google.authorize_access_token(request)
    # ruleid: starlette-client-session-holds-secret
    request.session["id_token"] = token["id_token"]
    # ruleid: starlette-client-session-holds-secret
    request.session["password"] = request.query_params["pw"]
    # ok: starlette-client-session-holds-secret
    request.session["user"] = dict(token["userinfo"])
    return {}
