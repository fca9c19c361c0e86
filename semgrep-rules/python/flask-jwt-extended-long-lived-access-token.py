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
