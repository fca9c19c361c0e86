from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)

# ruleid: flask-jwt-extended-cookie-insecure
app.config["JWT_COOKIE_SECURE"] = True
# SameSite=None is fine here: this module also turns Secure on
# ok: flask-jwt-extended-cookie-insecure
app.config.update(JWT_TOKEN_LOCATION=["cookies"], JWT_COOKIE_SAMESITE=None)
# ok: flask-jwt-extended-cookie-insecure
app.config["JWT_COOKIE_SECURE"] = True
# ok: flask-jwt-extended-cookie-insecure
app.config["JWT_COOKIE_SAMESITE"] = "Lax"
# ok: flask-jwt-extended-cookie-insecure
app.config["JWT_COOKIE_CSRF_PROTECT"] = False
# ok: flask-jwt-extended-cookie-insecure
app.config["JWT_ACCESS_COOKIE_PATH"] = "/api/"

jwt = JWTManager(app)


class Settings:
    # ruleid: flask-jwt-extended-cookie-insecure
    JWT_COOKIE_SECURE = True
    # ok: flask-jwt-extended-cookie-insecure
    JWT_COOKIE_SECURE_IN_DEV = False
    # ok: flask-jwt-extended-cookie-insecure
    JWT_ACCESS_TOKEN_EXPIRES = False
