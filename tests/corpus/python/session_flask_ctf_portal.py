# portal/settings.py and portal/auth/views.py of a Flask app with a server-side session
# interface (session.regenerate() issues a fresh id) and its own login helper.
import os

from flask import Blueprint, redirect, render_template, request, session, url_for

from portal.models import Player, db
from portal.security import check_password, login_user

bp = Blueprint("auth", __name__)


class Settings:
    JWT_TOKEN_LOCATION = ["cookies"]
    JWT_SECRET_KEY = os.environ["PORTAL_JWT_KEY"]
    # expect: session-cookie-insecure
    JWT_COOKIE_SECURE = False
    JWT_ACCESS_TOKEN_EXPIRES = 600


class ProductionSettings(Settings):
    # safe: session-cookie-insecure
    JWT_COOKIE_SECURE = True
    # safe: session-cookie-insecure
    JWT_COOKIE_SAMESITE = "Strict"


@bp.route("/login", methods=["POST"])
def login():
    player = Player.query.filter_by(handle=request.form["handle"]).first()
    if player and check_password(request.form["password"], player.password):
        session.regenerate()
        # safe: session-fixation
        login_user(player)
        return redirect(url_for("board.index"))
    return render_template("login.html", error=True), 401


@bp.route("/join", methods=["POST"])
def join():
    player = Player(handle=request.form["handle"])
    db.session.add(player)
    db.session.commit()
    # expect: session-fixation
    login_user(player)
    return redirect(url_for("board.index"))
