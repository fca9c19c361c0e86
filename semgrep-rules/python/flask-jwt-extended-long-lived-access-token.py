from datetime import timedelta
from flask import Flask
from flask_jwt_extended import create_access_token, create_refresh_token

app = Flask(__name__)
# ruleid: flask-jwt-extended-long-lived-access-token
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(days=30)
# ok: flask-jwt-extended-long-lived-access-token
app.config["JWT_REFRESH_TOKEN_EXPIRES"] = timedelta(days=30)


class Config:
    # ruleid: flask-jwt-extended-long-lived-access-token
    JWT_ACCESS_TOKEN_EXPIRES = False


class Prod:
    # ok: flask-jwt-extended-long-lived-access-token
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=15)


def login(user):
    # ruleid: flask-jwt-extended-long-lived-access-token
    access = create_access_token(identity=user.id, expires_delta=timedelta(hours=24))
    # ok: flask-jwt-extended-long-lived-access-token
    refresh = create_refresh_token(identity=user.id, expires_delta=timedelta(days=30))
    return access, refresh


def send_reset_link(user_id, pwhash):
    token = create_access_token(
        identity=str(user_id),
        additional_claims={
            "old_hash": pwhash(user_id),
            CLAIM_LIMITED_SCOPE: SCOPE_RESET_PW,
        },
        # ok: flask-jwt-extended-long-lived-access-token
        expires_delta=timedelta(hours=1),
    )
    return token


def send_confirm_link(user_id):
    return create_access_token(
        identity=str(user_id),
        additional_claims={"purpose": "confirm_email"},
        # ok: flask-jwt-extended-long-lived-access-token
        expires_delta=False,
    )


def login_with_scope(user_id):
    return create_access_token(
        identity=str(user_id),
        additional_claims={"scope": "admin"},
        # ruleid: flask-jwt-extended-long-lived-access-token
        expires_delta=timedelta(days=2),
    )
