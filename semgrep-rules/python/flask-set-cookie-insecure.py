from flask import Flask, make_response, jsonify

app = Flask(__name__)
SESSION_COOKIE = "sid"


@app.post("/login")
def login():
    token = issue_token()
    resp = make_response(jsonify(ok=True))
    # ruleid: flask-set-cookie-insecure
    resp.set_cookie("session_token", token)
    # ruleid: flask-set-cookie-insecure
    resp.set_cookie("access_token", token, secure=True, httponly=True)
    # ruleid: flask-set-cookie-insecure
    resp.set_cookie(SESSION_COOKIE, token, secure=False, httponly=True, samesite="Lax")
    # ruleid: flask-set-cookie-insecure
    resp.set_cookie(key="auth", value=token, httponly=False, secure=True, samesite="Strict")
    # ruleid: flask-set-cookie-insecure
    resp.set_cookie("refresh", value=token, secure=True, httponly=True, samesite=None)
    # ruleid: flask-set-cookie-insecure
    resp.set_cookie("rt", token, samesite="None", httponly=True)
    # ok: flask-set-cookie-insecure
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Lax")
    # ok: flask-set-cookie-insecure
    resp.set_cookie("auth", token, secure=True, httponly=True, samesite="None")
    # ok: flask-set-cookie-insecure
    resp.set_cookie("theme", "dark")
    # ok: flask-set-cookie-insecure
    resp.set_cookie("csrf_token", csrf(), secure=True, samesite="Strict")
    # ok: flask-set-cookie-insecure
    resp.set_cookie("access_token", token, **COOKIE_OPTS)
    return resp


@app.post("/logout")
def logout():
    resp = make_response(jsonify(ok=True))
    # ok: flask-set-cookie-insecure
    resp.set_cookie("session_token", "", expires=0)
    # ok: flask-set-cookie-insecure
    resp.set_cookie("access_token", value="", max_age=0)
    return resp


def remember_login_choice(response, callback_url, provider, device_id):
    # cookies that carry no credential: the return URL, the chosen login provider,
    # an anonymous device id, the OAuth state
    # ok: flask-set-cookie-insecure
    response.set_cookie("auth_callback", callback_url)
    # ok: flask-set-cookie-insecure
    response.set_cookie("login_method", provider)
    # ok: flask-set-cookie-insecure
    response.set_cookie("oauth_state", provider)
    # ok: flask-set-cookie-insecure
    response.set_cookie("session_device_id", device_id)
    return response


def call_upstream(http_session, jar, cookie, token):
    # a cookie jar of an HTTP client sends the cookie on outgoing requests
    # ok: flask-set-cookie-insecure
    jar.set_cookie(cookie)
    # ok: flask-set-cookie-insecure
    http_session.cookies.set_cookie(make_cookie("session", token))
    return http_session.get("https://upstream.example/api")


def flags(response, token):
    # a flag the page's script reads: a literal, no session in it
    # ok: flask-set-cookie-insecure
    response.set_cookie("is_user_authorized", "true")
    # ok: flask-set-cookie-insecure
    response.set_cookie(key="auth_hint", value="1")
    # ruleid: flask-set-cookie-insecure
    response.set_cookie("auth_token", token)
    return response


class CallbackHandler:
    def get(self, token):
        # the app's own helper takes the handler and sets the flags itself
        # ok: flask-set-cookie-insecure
        self.hub_auth.set_cookie(self, token)


class HubAuthLike:
    def set_token_cookie(self, handler, url_token):
        # the app's own helper (defined in a subclass) takes the handler first
        # ok: flask-set-cookie-insecure
        self.set_cookie(handler, url_token)

    def save(self, request, token):
        # ok: flask-set-cookie-insecure
        self.store.set_cookie(request, token)


def flask_view(token):
    response = make_response("ok")
    # ruleid: flask-set-cookie-insecure
    response.set_cookie("session_token", token)
    return response
