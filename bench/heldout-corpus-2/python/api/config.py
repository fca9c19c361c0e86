from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="API_")

    database_url: str
    # safe: jwt-weak-secret
    jwt_secret: SecretStr
    jwt_issuer: str = "https://api.fleetdesk.io"
    jwt_audience: str = "fleetdesk"
    # expect: jwt-weak-secret
    internal_jwt_key: str = "internal-dev-key"
    session_ttl_minutes: int = 30


settings = Settings()
