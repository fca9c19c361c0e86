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


def remember_login_choice(response, callback_url, provider, device_id):
    # cookies that carry no credential: the return URL, the chosen login provider,
    # an anonymous device id, the OAuth state
    # ok: starlette-set-cookie-insecure
    response.set_cookie("auth_callback", callback_url)
    # ok: starlette-set-cookie-insecure
    response.set_cookie("login_method", provider)
    # ok: starlette-set-cookie-insecure
    response.set_cookie("oauth_state", provider)
    # ok: starlette-set-cookie-insecure
    response.set_cookie("session_device_id", device_id)
    return response


def call_upstream(http_session, jar, cookie, token):
    # a cookie jar of an HTTP client sends the cookie on outgoing requests
    # ok: starlette-set-cookie-insecure
    jar.set_cookie(cookie)
    # ok: starlette-set-cookie-insecure
    http_session.cookies.set_cookie(make_cookie("session", token))
    return http_session.get("https://upstream.example/api")


def flags(response, token):
    # a flag the page's script reads: a literal, no session in it
    # ok: starlette-set-cookie-insecure
    response.set_cookie("is_user_authorized", "true")
    # ok: starlette-set-cookie-insecure
    response.set_cookie(key="auth_hint", value="1")
    # ruleid: starlette-set-cookie-insecure
    response.set_cookie("auth_token", token)
    return response
