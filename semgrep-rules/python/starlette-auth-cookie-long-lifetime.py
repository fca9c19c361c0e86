from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/token")
def issue(response: Response):
    # ruleid: starlette-auth-cookie-long-lifetime
    response.set_cookie(key="session_id", value="s", max_age=60 * 60 * 24 * 30, secure=True, httponly=True, samesite="lax")
    # ok: starlette-auth-cookie-long-lifetime
    response.set_cookie(key="session_id2", value="s", max_age=60 * 30, secure=True, httponly=True, samesite="lax")
    return {"ok": True}
