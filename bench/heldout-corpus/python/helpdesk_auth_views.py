"""Login, logout and GitHub linking for the helpdesk app.

The app uses Flask's default (signed cookie) session and Flask-Login.
"""
import os
import secrets

import requests
from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.security import check_password_hash

from helpdesk.models import Agent, LinkedAccount, db

bp = Blueprint("auth", __name__)

GITHUB_TOKEN_URL = "https://github.com/login/oauth/access_token"


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")
    agent = Agent.query.filter_by(username=request.form["username"]).first()
    if agent is None or not check_password_hash(agent.password_hash, request.form["password"]):
        flash("Wrong username or password")
        return redirect(url_for("auth.login"))
    # expect: session-fixation
    login_user(agent, remember=request.form.get("remember") == "on")
    return redirect(request.args.get("next") or url_for("tickets.index"))


@bp.route("/supervisor/login", methods=["POST"])
def supervisor_login():
    agent = Agent.query.filter_by(username=request.form["username"], is_supervisor=True).first()
    if agent is None or not check_password_hash(agent.password_hash, request.form["password"]):
        flash("Wrong username or password")
        return redirect(url_for("auth.login"))
    session.clear()
    # safe: session-fixation
    login_user(agent)
    return redirect(url_for("supervisor.dashboard"))


@bp.route("/logout")
@login_required
def logout():
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))


@bp.route("/github/callback")
@login_required
def github_callback():
    if request.args.get("state") != session.pop("gh_state", None):
        return redirect(url_for("tickets.index"))
    resp = requests.post(
        GITHUB_TOKEN_URL,
        data={
            "client_id": current_app.config["GITHUB_CLIENT_ID"],
            "client_secret": current_app.config["GITHUB_CLIENT_SECRET"],
            "code": request.args["code"],
        },
        headers={"Accept": "application/json"},
        timeout=10,
    )
    access_token = resp.json()["access_token"]
    # expect: session-insecure-store
    session["github_token"] = access_token
    return redirect(url_for("tickets.index"))


@bp.route("/gitlab/callback")
@login_required
def gitlab_callback():
    if request.args.get("state") != session.pop("gl_state", None):
        return redirect(url_for("tickets.index"))
    resp = requests.post(
        current_app.config["GITLAB_TOKEN_URL"],
        data={
            "client_id": current_app.config["GITLAB_CLIENT_ID"],
            "client_secret": current_app.config["GITLAB_CLIENT_SECRET"],
            "code": request.args["code"],
            "grant_type": "authorization_code",
            "redirect_uri": url_for("auth.gitlab_callback", _external=True),
        },
        timeout=10,
    )
    link = LinkedAccount(agent_id=current_user.id, provider="gitlab", token=resp.json()["access_token"])
    db.session.add(link)
    db.session.commit()
    # safe: session-insecure-store
    session["gitlab_link_id"] = link.id
    return redirect(url_for("tickets.index"))


@bp.route("/github/connect")
@login_required
def github_connect():
    state = secrets.token_urlsafe(16)
    session["gh_state"] = state
    return redirect(
        "https://github.com/login/oauth/authorize?client_id=%s&state=%s"
        % (os.environ["GITHUB_CLIENT_ID"], state)
    )
