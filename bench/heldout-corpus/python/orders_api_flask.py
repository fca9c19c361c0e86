"""Orders API: small Flask service used by the warehouse dashboard.

Browser users log in with a form (server session); the mobile app uses
bearer tokens minted by /api/token.
"""
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import Flask, abort, g, jsonify, request, session
from werkzeug.security import check_password_hash

from .models import Order, User, db

# expect: jwt-weak-secret
TOKEN_SIGNING_KEY = "orders-api-2019"

app = Flask(__name__)
# expect: session-weak-secret
app.secret_key = "dev"
app.config.update(
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
    # expect: session-cookie-insecure
    SESSION_COOKIE_SECURE=False,
)


def issue_token(user):
    payload = {
        "sub": str(user.id),
        "roles": [r.name for r in user.roles],
        "iat": datetime.now(timezone.utc),
        # expect: jwt-long-lived
        "exp": datetime.now(timezone.utc) + timedelta(days=7),
    }
    return jwt.encode(payload, TOKEN_SIGNING_KEY, algorithm="HS256")


def token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            # expect: jwt-none-algorithm
            # expect: jwt-claims-not-validated
            claims = jwt.decode(header[7:], TOKEN_SIGNING_KEY, algorithms=["HS256", "RS256"])
        except jwt.PyJWTError:
            abort(401)
        g.user_id = int(claims["sub"])
        return view(*args, **kwargs)

    return wrapper


@app.post("/login")
def login():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        return jsonify(error="invalid credentials"), 401
    # expect: session-fixation
    session["user_id"] = user.id
    session["display_name"] = user.display_name
    return jsonify(ok=True)


@app.post("/api/token")
def token():
    data = request.get_json(force=True)
    user = User.query.filter_by(email=data.get("email")).first()
    if user is None or not check_password_hash(user.password_hash, data.get("password", "")):
        return jsonify(error="invalid credentials"), 401
    resp = jsonify(token_type="bearer")
    # expect: session-cookie-insecure
    resp.set_cookie("access_token", issue_token(user))
    return resp


@app.post("/api/logout")
@token_required
def api_logout():
    resp = jsonify(ok=True)
    # expect: jwt-no-revocation
    resp.delete_cookie("access_token")
    return resp


@app.get("/api/orders")
@token_required
def list_orders():
    orders = Order.query.filter_by(owner_id=g.user_id).order_by(Order.created_at.desc()).limit(50)
    return jsonify([o.to_dict() for o in orders])


@app.post("/api/orders/<int:order_id>/cancel")
@token_required
def cancel_order(order_id):
    order = Order.query.get_or_404(order_id)
    if order.owner_id != g.user_id:
        abort(403)
    order.status = "cancelled"
    db.session.commit()
    return jsonify(order.to_dict())


@app.get("/preferences")
def preferences():
    resp = jsonify(theme=request.cookies.get("theme", "light"))
    # safe: session-cookie-insecure
    resp.set_cookie("theme", request.args.get("theme", "light"), max_age=31536000)
    return resp
