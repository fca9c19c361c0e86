from flask import Blueprint, request, redirect, session, url_for
import flask_login
from flask_login import login_user as do_login
from portal.security.auth import login_user

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["POST"])
def login():
    user = User.query.filter_by(username=request.form["username"]).first()
    if user and user.check_password(request.form["password"]):
        # ruleid: flask-login-session-fixation
        flask_login.login_user(user, remember=True)
        return redirect(url_for("index"))
    return "invalid", 401


@bp.route("/signin", methods=["POST"])
def signin():
    user = User.query.filter_by(username=request.form["username"]).first()
    if user and user.check_password(request.form["password"]):
        # ruleid: flask-login-session-fixation
        do_login(user)
    return redirect("/")


@bp.route("/v2/login", methods=["POST"])
def login_v2():
    user = User.query.filter_by(username=request.form["username"]).first()
    if user and user.check_password(request.form["password"]):
        session.clear()
        # ok: flask-login-session-fixation
        do_login(user)
    return redirect("/")


@bp.route("/register", methods=["POST"])
def register():
    user = User(username=request.form["username"])
    db.session.add(user)
    db.session.commit()
    # ruleid: flask-login-session-fixation
    login_user(user)
    return redirect(url_for("index"))


@bp.route("/v3/login", methods=["POST"])
def login_v3():
    user = User.query.filter_by(username=request.form["username"]).first()
    if user and user.check_password(request.form["password"]):
        session.regenerate()
        # ok: flask-login-session-fixation
        login_user(user)
    return redirect("/")



@bp.route("/users/<int:user_id>", methods=["POST"])
def update_user(user_id):
    user = User.query.get(user_id)
    user.set_password(request.form["password"])
    if flask_login.current_user.id == user.id:
        # ok: flask-login-session-fixation
        flask_login.login_user(user, remember=True)
    return "ok"


def sign_in(user, method):
    # ok: flask-login-session-fixation
    login_user(user, remember=False)
    # Flask-Session moves the logged-in session to a fresh id
    current_app.session_interface.regenerate(session)
    return redirect("/")


def sign_in_then_log(user):
    # ruleid: flask-login-session-fixation
    login_user(user)
    current_app.logger.info("signed in %s", user.id)
    return redirect("/")


def sign_in_checked(user, password):
    if user.check_password(password):
        # ok: flask-login-session-fixation
        login_user(user)
        current_app.session_interface.regenerate(session)
    return redirect("/")
