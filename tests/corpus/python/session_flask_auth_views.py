from flask import Blueprint, current_app, flash, make_response, redirect, render_template, request, session, url_for
from flask_login import login_required, login_user, logout_user
from werkzeug.security import check_password_hash

from .models import User, db
from .tokens import issue_api_token

bp = Blueprint("auth", __name__, url_prefix="/auth")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = User.query.filter_by(email=request.form["email"].lower()).first()
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        flash("Invalid email or password")
        return redirect(url_for("auth.login"))
    # expect: session-fixation
    login_user(user, remember=request.form.get("remember") == "on")
    # expect: session-no-expiry
    session.permanent = True
    return redirect(request.args.get("next") or url_for("views.index"))


@bp.route("/legacy-login", methods=["POST"])
def legacy_login():
    user = User.query.filter_by(username=request.form["username"]).first()
    if user and check_password_hash(user.password_hash, request.form["password"]):
        # expect: session-fixation
        session["user_id"] = user.id
        # expect: session-fixation
        session["is_admin"] = user.is_admin
        return redirect(url_for("views.index"))
    return "invalid credentials", 401


@bp.route("/v2/login", methods=["POST"])
def login_v2():
    user = User.query.filter_by(email=request.form["email"].lower()).first()
    if user is None or not user.check_password(request.form["password"]):
        return "invalid credentials", 401
    session.clear()
    # safe: session-fixation
    login_user(user)
    # safe: session-fixation
    session["login_method"] = "password"
    resp = make_response(redirect(url_for("views.index")))
    token = issue_api_token(user)
    # expect: session-cookie-insecure
    resp.set_cookie("api_token", token)
    # safe: session-cookie-insecure
    resp.set_cookie("api_token_v2", token, secure=True, httponly=True, samesite="Strict")
    # safe: session-cookie-insecure
    resp.set_cookie("tz", request.form.get("tz", "UTC"))
    return resp


@bp.route("/github/callback")
def github_callback():
    token = current_app.oauth.github.authorize_access_token()
    # expect: session-insecure-store
    session["github_token"] = token["access_token"]
    # safe: session-insecure-store
    # expect: session-fixation
    session["github_login"] = token["userinfo"]["login"]
    return redirect(url_for("views.index"))


@bp.route("/settings/api-key", methods=["POST"])
@login_required
def remember_api_key():
    # expect: session-insecure-store
    session["reports_api_key"] = request.form["api_key"]
    return redirect(url_for("views.settings"))


@bp.route("/logout")
@login_required
def logout():
    logout_user()
    session.clear()
    # safe: session-fixation
    session["flash_after_logout"] = True
    return redirect(url_for("auth.login"))
