"""app.py of a Flask API that logs staff in with a cookie session and issues
API tokens with flask-jwt-extended."""
from flask import Flask, jsonify, redirect, request, session
from flask_jwt_extended import JWTManager, create_access_token
from werkzeug.security import check_password_hash

app = Flask(__name__)
# expect: jwt-weak-secret
# expect: session-weak-secret
app.config["SECRET_KEY"] = "staff-portal-secret"
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = 600
jwt_manager = JWTManager(app)

STAFF_SESSION_KEY = "staff_member_id"
PREFERENCES_KEY = "ui_prefs"


@app.post("/staff/login")
def staff_login():
    member = StaffMember.query.filter_by(badge=request.form["badge"]).first()
    if member is None or not check_password_hash(member.password_hash, request.form["password"]):
        return "denied", 401
    # expect: session-fixation
    session[STAFF_SESSION_KEY] = member.id
    # safe: session-fixation
    session[PREFERENCES_KEY] = {"theme": "dark"}
    return redirect("/staff")


@app.post("/staff/login-rotated")
def staff_login_rotated():
    member = StaffMember.query.filter_by(badge=request.form["badge"]).first()
    if member is None or not check_password_hash(member.password_hash, request.form["password"]):
        return "denied", 401
    session.clear()
    # safe: session-fixation
    session[STAFF_SESSION_KEY] = member.id
    return redirect("/staff")


@app.post("/api/token")
def api_token():
    member = StaffMember.query.filter_by(badge=request.json["badge"]).first_or_404()
    return jsonify(token=create_access_token(identity=str(member.id)))
