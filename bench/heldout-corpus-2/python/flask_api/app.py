"""Partner API: Flask + flask-jwt-extended, tokens in cookies for the dashboard."""
import os
from datetime import timedelta

from flask import Flask, jsonify, request, session
from flask_jwt_extended import (
    JWTManager,
    create_access_token,
    get_jwt,
    get_jwt_identity,
    jwt_required,
    set_access_cookies,
    unset_jwt_cookies,
)
from redis import Redis
from werkzeug.security import check_password_hash

from .models import Partner, db

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
# safe: session-weak-secret
app.config["SECRET_KEY"] = os.environ["PARTNER_API_SECRET"]
# expect: jwt-weak-secret
app.config["JWT_SECRET_KEY"] = "partner-api-jwt-secret"
app.config["JWT_TOKEN_LOCATION"] = ["headers", "cookies"]
# expect: jwt-long-lived
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(days=30)
# expect: session-cookie-insecure
app.config["JWT_COOKIE_SECURE"] = False
app.config["JWT_COOKIE_SAMESITE"] = "Lax"
app.config["JWT_COOKIE_CSRF_PROTECT"] = True

db.init_app(app)
jwt = JWTManager(app)
revoked = Redis.from_url(os.environ["REVOCATION_REDIS_URL"], decode_responses=True)


@jwt.token_in_blocklist_loader
def is_revoked(jwt_header, jwt_payload):
    return revoked.exists(f"revoked:{jwt_payload['jti']}") == 1


@app.post("/auth/token")
def login():
    body = request.get_json(force=True)
    partner = Partner.query.filter_by(client_id=body.get("client_id")).first()
    if not partner or not check_password_hash(partner.secret_hash, body.get("client_secret", "")):
        return jsonify(msg="bad credentials"), 401
    token = create_access_token(
        identity=str(partner.id),
        additional_claims={"scope": partner.scopes, "tenant": partner.tenant_id},
    )
    # the dashboard re-uses it to call the upstream billing API
    # expect: session-insecure-store
    session["partner_client_secret"] = body["client_secret"]
    resp = jsonify(access_token=token)
    set_access_cookies(resp, token)
    return resp


@app.post("/auth/logout")
@jwt_required()
def logout():
    resp = jsonify(msg="logged out")
    # expect: jwt-no-revocation
    unset_jwt_cookies(resp)
    return resp


@app.post("/auth/revoke")
@jwt_required()
def revoke():
    claims = get_jwt()
    revoked.set(f"revoked:{claims['jti']}", "1", ex=int(app.config["JWT_ACCESS_TOKEN_EXPIRES"].total_seconds()))
    resp = jsonify(msg="revoked")
    # safe: jwt-no-revocation
    unset_jwt_cookies(resp)
    return resp


@app.get("/me")
@jwt_required()
def me():
    partner = Partner.query.get_or_404(int(get_jwt_identity()))
    return jsonify(id=partner.id, name=partner.display_name, scopes=partner.scopes)
