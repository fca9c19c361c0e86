from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/token")
async def login(response: Response):
    access_token = create_access_token()
    # ruleid: starlette-set-cookie-insecure
    response.set_cookie(key="access_token", value=access_token)
    # ruleid: starlette-set-cookie-insecure
    response.set_cookie("session", access_token, httponly=True, secure=True)
    # ok: starlette-set-cookie-insecure
    response.set_cookie("session", access_token, httponly=True, secure=True, samesite="none")
    # ruleid: starlette-set-cookie-insecure
    response.set_cookie(key="refresh_token", value=access_token, samesite="none", httponly=True)
    # ok: starlette-set-cookie-insecure
    response.set_cookie(key="access_token", value=access_token, httponly=True, secure=True)
    # ok: starlette-set-cookie-insecure
    response.set_cookie(key="access_token", value=access_token, httponly=True, secure=True, samesite="strict")
    # ok: starlette-set-cookie-insecure
    response.set_cookie("ui_theme", "dark")
    return {"ok": True}
