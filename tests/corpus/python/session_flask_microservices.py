"""Small internal Flask services bundled in one deployable."""
import os
import secrets

import redis
from flask import Flask, jsonify, make_response, request, session
from flask_session import Session
from flask_session.redis import RedisSessionInterface

INVENTORY_SECRET = "inventory-2019"

inventory = Flask("inventory")
# expect: session-weak-secret
inventory.config["SECRET_KEY"] = INVENTORY_SECRET

reports = Flask("reports")
# expect: session-weak-secret
reports.config.from_mapping(SECRET_KEY=os.environ.get("REPORTS_SECRET") or "reports-secret")

audit = Flask("audit")
# safe: session-weak-secret
audit.secret_key = secrets.token_bytes(32)

kiosk = Flask("kiosk")
# expect: session-weak-secret
kiosk.config.update({"SECRET_KEY": b"kiosk\x00\x11\x22", "SESSION_COOKIE_NAME": "kiosk"})

# expect: session-insecure-store
kiosk.session_interface = RedisSessionInterface(client=redis.Redis(host="10.0.4.12", port=6379))
# safe: session-insecure-store
audit.session_interface = RedisSessionInterface(client=redis.Redis(host="10.0.4.12", port=6380, ssl=True))


@inventory.post("/session/start")
def start_session():
    device = request.json["device_id"]
    # safe: session-fixation
    session["device_id"] = device
    resp = make_response(jsonify(ok=True))
    # expect: session-cookie-insecure
    resp.set_cookie("inventory_sid", session.sid if hasattr(session, "sid") else device, httponly=True, secure=True)
    # safe: session-cookie-insecure
    resp.set_cookie("inventory_last_page", request.path)
    return resp


@inventory.post("/logout")
def end_session():
    session.clear()
    resp = make_response(jsonify(ok=True))
    # safe: session-cookie-insecure
    resp.set_cookie("inventory_sid", "", expires=0)
    return resp


@reports.post("/login")
def reports_login():
    account = verify_reports_login(request.form["user"], request.form["pin"])
    if account is None:
        return jsonify(error="denied"), 401
    # expect: session-fixation
    session.update({"account": account.name, "scopes": account.scopes})
    return jsonify(ok=True)
