from flask import Blueprint, session, request

bp = Blueprint("auth", __name__)


@bp.post("/login")
def login():
    session.clear()
    session["user_id"] = 1
    # ruleid: flask-session-permanent-default-lifetime
    session.permanent = True
    return "", 204


@bp.post("/guest")
def guest():
    # ok: flask-session-permanent-default-lifetime
    session.permanent = False
    return "", 204
