import jwt
from flask import Flask, jsonify, make_response

app = Flask(__name__)


# ruleid: flask-logout-without-jwt-revocation
@app.route("/logout", methods=["POST"])
def logout():
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie("access_token")
    return resp


# ok: flask-logout-without-jwt-revocation
@app.route("/logout2", methods=["POST"])
def logout2():
    resp = make_response(jsonify(ok=True))
    revoke_jti(resp)
    resp.delete_cookie("access_token")
    return resp


# ok: flask-logout-without-jwt-revocation
@app.route("/prefs", methods=["POST"])
def clear_prefs():
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie("theme")
    return resp


def revoke_jti(resp):
    return resp
