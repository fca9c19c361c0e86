from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ruleid: starlette-settings-hardcoded-jwt-secret
    SECRET_KEY: str = "change-this-secret"
    # ok: starlette-settings-hardcoded-jwt-secret
    ALGORITHM: str = "HS256"
    # ok: starlette-settings-hardcoded-jwt-secret
    jwt_secret: str


class Other:
    # ok: starlette-settings-hardcoded-jwt-secret
    SECRET_KEY = "flask-session-key"
