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


@app.put("/me/password")
@token_required
def change_my_password(current_user):
    # ruleid: flask-logout-without-jwt-revocation
    current_user.password = generate_password_hash(request.json["password"])
    db.session.commit()
    return jsonify(ok=True)


class ProfileResource(Resource):
    decorators = [token_required]

    def put(self, current_user):
        account = Account.find(current_user.id)
        account.name = request.json["name"]
        # ruleid: flask-logout-without-jwt-revocation
        account.password = generate_password_hash(request.json["password"])
        account.save()
        return {"token": jwt.encode({"sub": account.id}, KEY, algorithm="HS256")}

    def post(self):
        account = Account(name=request.json["name"])
        # ok: flask-logout-without-jwt-revocation
        account.password = generate_password_hash(request.json["password"])
        account.save()
        return {"ok": True}


@app.put("/me/password/v2")
@token_required
def change_my_password_v2(current_user):
    # ok: flask-logout-without-jwt-revocation
    current_user.password = generate_password_hash(request.json["password"])
    current_user.token_version += 1
    db.session.commit()
    return jsonify(ok=True)


@app.put("/me/credentials")
@check_jwt()
def change_current_password(old, new):
    uid = current_identity()
    if verify(old, uid):
        # ruleid: flask-logout-without-jwt-revocation
        return set_password(new, uid)
    return jsonify(ok=False), 401


def revoke_jti(resp):
    return resp


# ok: flask-logout-without-jwt-revocation
@app.post("/session/end")
@check_jwt()
def logout_cookies():
    resp = jsonify(ok=True)
    # reported by flask-jwt-extended-logout-without-revocation on this line instead
    unset_jwt_cookies(resp)
    return resp


# the app's own service ends the refresh-token family server-side
# ok: flask-logout-without-jwt-revocation
@app.route("/auth/logout", methods=["POST"])
def logout_family():
    auth_service.terminate_token_family(request.cookies.get("refresh_token"))
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie("access_token")
    return resp


# ok: flask-logout-without-jwt-revocation
def auth_success_response(user_id):
    access_token = jwt.encode({"sub": user_id}, "k", algorithm="HS256")
    resp = make_response(jsonify(access_token=access_token))
    resp.set_cookie("cookie_access_token", access_token, httponly=True)
    resp.delete_cookie("is_access_token_expired")
    return resp


# ok: flask-logout-without-jwt-revocation
def render_expired(exc):
    if "token-expired" in exc.headers:
        resp = make_response("", 302)
        resp.delete_cookie("cookie_access_token")
        return resp
    return None


# ruleid: flask-logout-without-jwt-revocation
def sign_out_everywhere():
    resp = make_response("", 302)
    resp.set_cookie("access_token", "", max_age=0)
    return resp


# ruleid: flask-logout-without-jwt-revocation
def api_logout():
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie("cookie_access_token")
    resp.delete_cookie("is_access_token_expired")
    return resp
