"""Notes API built on Flask-JWT-Extended.

The mobile client sends the access token in a header; the web client gets
it in a cookie.
"""
import os
from datetime import timedelta

import redis
from flask import Flask, jsonify, request
from flask_jwt_extended import (
    JWTManager,
    create_access_token,
    get_jwt,
    get_jwt_identity,
    jwt_required,
    set_access_cookies,
    unset_jwt_cookies,
)
from werkzeug.security import check_password_hash

from notes.models import Note, User, db

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["NOTES_SECRET_KEY"]
# expect: jwt-weak-secret
app.config["JWT_SECRET_KEY"] = "notes-jwt-secret"
# expect: jwt-long-lived
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(hours=12)
app.config["JWT_TOKEN_LOCATION"] = ["headers", "cookies"]
# expect: session-cookie-insecure
app.config["JWT_COOKIE_SECURE"] = False
app.config["JWT_COOKIE_SAMESITE"] = "Lax"
app.config["JWT_COOKIE_CSRF_PROTECT"] = True

jwt = JWTManager(app)
blocklist = redis.Redis.from_url(os.environ["BLOCKLIST_REDIS_URL"], decode_responses=True)


@jwt.token_in_blocklist_loader
def is_revoked(jwt_header, jwt_payload):
    return blocklist.get(f"jti:{jwt_payload['jti']}") is not None


def _authenticate():
    body = request.get_json(force=True)
    user = User.query.filter_by(email=body.get("email", "")).first()
    if user and check_password_hash(user.password_hash, body.get("password", "")):
        return user
    return None


@app.post("/api/login")
def api_login():
    user = _authenticate()
    if user is None:
        return jsonify(msg="bad credentials"), 401
    access = create_access_token(
        identity=str(user.id),
        # expect: jwt-sensitive-payload
        additional_claims={"email": user.email, "sync_api_key": user.sync_api_key},
    )
    return jsonify(access_token=access)


@app.post("/web/login")
def web_login():
    user = _authenticate()
    if user is None:
        return jsonify(msg="bad credentials"), 401
    # safe: jwt-sensitive-payload
    access = create_access_token(identity=str(user.id), additional_claims={"roles": user.role_names})
    resp = jsonify(ok=True)
    set_access_cookies(resp, access)
    return resp


@app.delete("/api/logout")
@jwt_required()
def api_logout():
    claims = get_jwt()
    # safe: jwt-no-revocation
    blocklist.set(f"jti:{claims['jti']}", "1", ex=int(app.config["JWT_ACCESS_TOKEN_EXPIRES"].total_seconds()))
    return jsonify(msg="logged out")


@app.post("/web/logout")
@jwt_required()
def web_logout():
    resp = jsonify(msg="logged out")
    # expect: jwt-no-revocation
    unset_jwt_cookies(resp)
    return resp


@app.get("/api/notes")
@jwt_required()
def list_notes():
    notes = Note.query.filter_by(owner_id=int(get_jwt_identity())).all()
    return jsonify([n.to_dict() for n in notes])


@app.post("/api/notes")
@jwt_required()
def create_note():
    note = Note(owner_id=int(get_jwt_identity()), body=request.get_json(force=True)["body"])
    db.session.add(note)
    db.session.commit()
    return jsonify(note.to_dict()), 201
