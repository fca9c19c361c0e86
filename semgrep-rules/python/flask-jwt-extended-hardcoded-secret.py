import os
from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
# ruleid: flask-jwt-extended-hardcoded-secret
app.config["JWT_SECRET_KEY"] = "super-secret"
# ruleid: flask-jwt-extended-hardcoded-secret
app.config.update(JWT_SECRET_KEY=os.environ.get("JWT_SECRET_KEY", "dev"))


class Config:
    # ruleid: flask-jwt-extended-hardcoded-secret
    JWT_SECRET_KEY = "config-secret"


class ProdConfig:
    # ok: flask-jwt-extended-hardcoded-secret
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]


# ok: flask-jwt-extended-hardcoded-secret
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
jwt = JWTManager(app)


class ApiConfig:
    # ruleid: flask-jwt-extended-hardcoded-secret
    SECRET_KEY = "api-config-secret"
    JWT_ACCESS_TOKEN_EXPIRES = 900
    JWT_TOKEN_LOCATION = ["headers"]


class SeparateKeyConfig:
    # ok: flask-jwt-extended-hardcoded-secret
    SECRET_KEY = "only-the-session-cookie"
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]
    JWT_ACCESS_TOKEN_EXPIRES = 900


class PlainFlaskConfig:
    # ok: flask-jwt-extended-hardcoded-secret
    SECRET_KEY = "no-jwt-here"
    SESSION_COOKIE_SECURE = True
