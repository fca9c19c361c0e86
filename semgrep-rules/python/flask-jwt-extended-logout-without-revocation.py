from flask import Flask, jsonify
from flask_jwt_extended import get_jwt, jwt_required, unset_jwt_cookies

app = Flask(__name__)
blocklist = set()


# ruleid: flask-jwt-extended-logout-without-revocation
@app.post("/logout")
def logout():
    resp = jsonify(msg="logged out")
    unset_jwt_cookies(resp)
    return resp


# ruleid: flask-jwt-extended-logout-without-revocation
@app.delete("/auth/session")
@jwt_required()
def logout_api():
    return jsonify(msg="please discard your token")


# ok: flask-jwt-extended-logout-without-revocation
@app.post("/logout-safe")
@jwt_required()
def logout_safe():
    blocklist.add(get_jwt()["jti"])
    resp = jsonify(msg="logged out")
    unset_jwt_cookies(resp)
    return resp


# ruleid: flask-jwt-extended-logout-without-revocation
@app.post("/password")
@jwt_required()
def change_password():
    user = current_user()
    user.set_password("x")
    return jsonify(ok=True)


# ok: flask-jwt-extended-logout-without-revocation
@app.post("/password-safe")
@jwt_required()
def change_password_safe():
    user = current_user()
    user.set_password("x")
    user.token_version += 1
    return jsonify(ok=True)


# ok: flask-jwt-extended-logout-without-revocation
@app.post("/register")
def register():
    user = current_user()
    user.set_password("x")
    return jsonify(ok=True)


def current_user():
    return None
