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
    resp.set_cookie(SESSION_COOKIE, token, secure=True, httponly=True, samesite="Lax")
    # ruleid: flask-set-cookie-insecure
    resp.set_cookie(key="auth", value=token, httponly=True, secure=True, samesite="Strict")
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
