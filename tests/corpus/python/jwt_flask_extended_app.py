"""Inventory service: Flask + flask-jwt-extended, cookie and header tokens."""
import os
from datetime import timedelta

import redis
from flask import Flask, jsonify, request
from flask_jwt_extended import (
    JWTManager,
    create_access_token,
    create_refresh_token,
    get_jwt,
    get_jwt_identity,
    jwt_required,
    set_access_cookies,
    unset_jwt_cookies,
)
from werkzeug.security import check_password_hash, generate_password_hash

from .models import User, db

app = Flask(__name__)
# expect: jwt-weak-secret
app.config["JWT_SECRET_KEY"] = "super-secret"
app.config["JWT_TOKEN_LOCATION"] = ["headers", "cookies"]
# expect: jwt-long-lived
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(days=30)
# safe: jwt-long-lived
app.config["JWT_REFRESH_TOKEN_EXPIRES"] = timedelta(days=30)

jwt = JWTManager(app)
revoked_store = redis.StrictRedis.from_url(os.environ["REDIS_URL"], decode_responses=True)


class StagingConfig:
    # expect: jwt-weak-secret
    JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY", "staging-jwt-key")
    # expect: jwt-long-lived
    JWT_ACCESS_TOKEN_EXPIRES = False


class ProductionConfig:
    # safe: jwt-weak-secret
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]
    # safe: jwt-long-lived
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=15)


@jwt.token_in_blocklist_loader
def check_if_token_revoked(jwt_header, jwt_payload):
    return revoked_store.get(jwt_payload["jti"]) is not None


@app.post("/auth/login")
def login():
    body = request.get_json()
    user = User.query.filter_by(email=body["email"]).first()
    if user is None or not check_password_hash(user.password_hash, body["password"]):
        return jsonify(msg="bad credentials"), 401
    access = create_access_token(
        identity=str(user.id),
        # expect: jwt-sensitive-payload
        additional_claims={"roles": user.roles, "api_key": user.api_key},
    )
    # safe: jwt-long-lived
    refresh = create_refresh_token(identity=str(user.id), expires_delta=timedelta(days=14))
    resp = jsonify(access_token=access, refresh_token=refresh)
    set_access_cookies(resp, access)
    return resp


@app.post("/auth/login/kiosk")
def kiosk_login():
    device = request.get_json()["device_id"]
    # expect: jwt-long-lived
    token = create_access_token(identity=device, expires_delta=timedelta(hours=12))
    return jsonify(access_token=token)


@app.post("/auth/login/partner")
def partner_login():
    user = User.query.get(request.get_json()["id"])
    # expect: jwt-sensitive-payload
    token = create_access_token(identity=user.to_dict())
    # safe: jwt-sensitive-payload
    other = create_access_token(identity=str(user.id), additional_claims={"tenant": user.tenant_id, "scope": "partner"})
    return jsonify(access_token=token, limited=other)


@app.post("/auth/logout")
def logout():
    resp = jsonify(msg="logout successful")
    # expect: jwt-no-revocation
    unset_jwt_cookies(resp)
    return resp


# safe: jwt-no-revocation
@app.delete("/auth/logout")
@jwt_required()
def logout_revoke():
    jti = get_jwt()["jti"]
    revoked_store.set(jti, "", ex=timedelta(minutes=15))
    resp = jsonify(msg="access token revoked")
    unset_jwt_cookies(resp)
    return resp


# expect: jwt-no-revocation
@app.post("/auth/signout")
@jwt_required()
def signout():
    return jsonify(msg="discard the token on the client")


@app.put("/account/password")
@jwt_required()
def change_password():
    user = User.query.get(get_jwt_identity())
    # expect: jwt-no-revocation
    user.password_hash = generate_password_hash(request.get_json()["new_password"])
    db.session.commit()
    return jsonify(msg="password changed")


# safe: jwt-no-revocation
@app.put("/account/password/v2")
@jwt_required()
def update_password():
    user = User.query.get(get_jwt_identity())
    user.password_hash = generate_password_hash(request.get_json()["new_password"])
    user.token_version = user.token_version + 1
    db.session.commit()
    return jsonify(msg="password changed, all sessions signed out")


# safe: jwt-no-revocation
@app.post("/account/register")
def register_account():
    body = request.get_json()
    user = User(email=body["email"])
    user.password_hash = generate_password_hash(body["password"])
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id), 201
