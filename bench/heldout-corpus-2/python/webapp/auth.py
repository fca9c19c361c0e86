from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.security import check_password_hash, generate_password_hash

from . import db
from .models import User
from .oauth import github

bp = Blueprint("auth", __name__, url_prefix="/auth")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = User.query.filter_by(email=request.form["email"].lower()).first()
        if user and check_password_hash(user.password_hash, request.form["password"]):
            # expect: session-fixation
            login_user(user, remember=bool(request.form.get("remember")))
            session["cart_owner"] = user.id
            return redirect(request.args.get("next") or url_for("shop.index"))
        flash("Invalid credentials", "error")
    return render_template("auth/login.html")


@bp.route("/admin/login", methods=["GET", "POST"])
def admin_login():
    if request.method == "POST":
        admin = User.query.filter_by(email=request.form["email"].lower(), is_admin=True).first()
        if admin and check_password_hash(admin.password_hash, request.form["password"]):
            session.clear()
            # safe: session-fixation
            session["admin_id"] = admin.id
            session.permanent = True
            return redirect(url_for("admin.index"))
        flash("Invalid credentials", "error")
    return render_template("auth/admin_login.html")


@bp.route("/github/callback")
def github_callback():
    token = github.authorize_access_token()
    profile = github.get("user", token=token).json()
    user = User.query.filter_by(github_id=profile["id"]).first_or_404()
    session.clear()
    # safe: session-fixation
    login_user(user)
    # server-side session (Flask-Session), never sent to the browser
    # safe: session-insecure-store
    session["github_access_token"] = token["access_token"]
    return redirect(url_for("shop.index"))


@bp.route("/password", methods=["POST"])
@login_required
def change_password():
    if not check_password_hash(current_user.password_hash, request.form["current"]):
        flash("Current password is wrong", "error")
        return redirect(url_for("auth.settings"))
    current_user.password_hash = generate_password_hash(request.form["new"])
    db.session.commit()
    return redirect(url_for("auth.settings"))


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()
    session.clear()
    return redirect(url_for("shop.index"))


@bp.route("/locale/<code>")
def set_locale(code):
    session["locale"] = code
    return redirect(request.referrer or url_for("shop.index"))
