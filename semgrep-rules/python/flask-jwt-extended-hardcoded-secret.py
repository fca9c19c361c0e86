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
