from flask import Flask, jsonify
from flask_jwt_extended import get_jwt, jwt_required, unset_access_cookies, unset_jwt_cookies, unset_refresh_cookies

app = Flask(__name__)
blocklist = set()


@app.post("/logout")
def logout():
    resp = jsonify(msg="logged out")
    # ruleid: flask-jwt-extended-logout-without-revocation
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


@app.post("/password")
@jwt_required()
def change_password():
    user = current_user()
    # ruleid: flask-jwt-extended-logout-without-revocation
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


@app.post("/api/users/signout")
def signout():
    resp = jsonify(done=True)
    # ruleid: flask-jwt-extended-logout-without-revocation
    unset_access_cookies(resp)
    # ok: flask-jwt-extended-logout-without-revocation
    unset_refresh_cookies(resp)
    return resp


@app.put("/me/credentials")
@jwt_required()
def change_account_password(old, new):
    user = current_user()
    if user.check(old):
        # ruleid: flask-jwt-extended-logout-without-revocation
        return set_password(new, user.id)
    return jsonify(ok=False), 401


@app.put("/me/credentials/v2")
@jwt_required()
def change_account_password_v2(old, new):
    user = current_user()
    # ok: flask-jwt-extended-logout-without-revocation
    set_password(new, user.id)
    user.token_version += 1
    return jsonify(ok=True)


def current_user():
    return None


# a profile update that can also change the password
@blueprint.route('/api/user', methods=('PUT',))
@jwt_required
@use_kwargs(user_schema)
def update_user(**kwargs):
    user = current_user
    password = kwargs.pop('password', None)
    if password:
        # ruleid: flask-jwt-extended-logout-without-revocation
        user.set_password(password)
    user.update(**kwargs)
    return user


@blueprint.route('/api/user/v2', methods=('PUT',))
@jwt_required()
def update_user_v2(**kwargs):
    user = current_user
    password = kwargs.pop('password', None)
    if password:
        # ok: flask-jwt-extended-logout-without-revocation
        user.set_password(password)
        user.tokens_valid_after = datetime.utcnow()
    user.update(**kwargs)
    return user


@blueprint.route('/api/profile', methods=('PUT',))
@jwt_required()
def update_profile(**kwargs):
    # ok: flask-jwt-extended-logout-without-revocation
    current_user.update(**kwargs)
    return current_user


# no JWT on this route: a sign-up form
@blueprint.route('/api/users', methods=('POST',))
def save_new_user(username, password):
    user = User(username)
    # ok: flask-jwt-extended-logout-without-revocation
    user.set_password(password)
    return user
