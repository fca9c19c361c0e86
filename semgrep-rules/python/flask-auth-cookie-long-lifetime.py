import datetime

from flask import Flask, make_response

app = Flask(__name__)


@app.post("/login")
def login():
    resp = make_response("ok")
    # ruleid: flask-auth-cookie-long-lifetime
    resp.set_cookie("access_token", "t", max_age=datetime.timedelta(weeks=8), secure=True, httponly=True, samesite="Lax")
    # ok: flask-auth-cookie-long-lifetime
    resp.set_cookie("access_token_v2", "t", max_age=900, secure=True, httponly=True, samesite="Lax")
    # ok: flask-auth-cookie-long-lifetime
    resp.set_cookie("lang", "de", max_age=datetime.timedelta(days=365))
    return resp
