"""Flask API for the booking app: PyJWT tokens in an HttpOnly cookie."""
import os
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import Flask, g, jsonify, make_response, request
from werkzeug.security import check_password_hash, generate_password_hash

from .models import Booking, User, db
from .revocation import deny_jti

app = Flask(__name__)
app.config.from_prefixed_env()
JWT_KEY = os.environ["BOOKING_JWT_KEY"]
# expect: jwt-weak-secret
JWT_FALLBACK_KEY = "booking-fallback"


def token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        token = request.cookies.get("booking_token")
        if not token:
            return jsonify(error="unauthenticated"), 401
        try:
            # expect: jwt-claims-not-validated
            g.claims = jwt.decode(token, JWT_KEY, algorithms=["HS256"], options={"require": ["exp", "jti"]})
        except jwt.InvalidTokenError:
            return jsonify(error="invalid token"), 401
        return view(*args, **kwargs)
    return wrapper


@app.post("/login")
def login():
    body = request.get_json()
    user = User.query.filter_by(email=body["email"]).first()
    if not user or not check_password_hash(user.password_hash, body["password"]):
        return jsonify(error="invalid credentials"), 401
    now = datetime.now(timezone.utc)
    token = jwt.encode(
        {
            "sub": str(user.id),
            "jti": os.urandom(8).hex(),
            # safe: jwt-long-lived
            "exp": now + timedelta(minutes=15),
        },
        JWT_KEY,
        algorithm="HS256",
    )
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("booking_token", token, httponly=True, secure=True, samesite="Strict")
    return resp


@app.post("/login/remember")
def login_remember():
    body = request.get_json()
    user = User.query.filter_by(email=body["email"]).first()
    if not user or not check_password_hash(user.password_hash, body["password"]):
        return jsonify(error="invalid credentials"), 401
    # expect: jwt-long-lived
    expires = datetime.now(timezone.utc) + timedelta(days=90)
    token = jwt.encode({"sub": str(user.id), "exp": expires}, JWT_KEY, algorithm="HS256")
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("booking_token", token, httponly=True, secure=True, samesite="Strict")
    return resp


@app.post("/login/legacy")
def login_legacy():
    user = User.query.get(request.get_json()["id"])
    # expect: jwt-sensitive-payload
    token = jwt.encode(vars(user), JWT_FALLBACK_KEY, algorithm="HS256")
    return jsonify(token=token)


@app.get("/bookings")
@token_required
def bookings():
    return jsonify([b.to_json() for b in Booking.query.filter_by(user_id=g.claims["sub"])])


@app.get("/bookings/shared")
def shared_bookings():
    token = request.args["t"]
    # expect: jwt-signature-not-verified
    claims = jwt.decode(token, JWT_FALLBACK_KEY, algorithms=["HS256"], options={"verify_signature": False})
    return jsonify([b.to_json() for b in Booking.query.filter_by(user_id=claims["sub"])])


# expect: jwt-no-revocation
@app.post("/logout")
def logout():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("booking_token", "", expires=0, httponly=True, secure=True, samesite="Strict")
    return resp


# safe: jwt-no-revocation
@app.post("/logout/v2")
@token_required
def logout_v2():
    deny_jti(g.claims["jti"], g.claims["exp"])
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie("booking_token")
    return resp


@app.post("/password/reset")
def reset_password():
    body = request.get_json()
    user = User.query.filter_by(reset_code=body["code"]).first_or_404()
    # expect: jwt-no-revocation
    user.password_hash = generate_password_hash(body["new_password"])
    db.session.commit()
    return jsonify(ok=True)


# safe: jwt-no-revocation
@app.post("/preferences/reset")
def reset_preferences():
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie("booking_theme")
    return resp
