import os
import secrets

from flask import Flask

app = Flask(__name__)
DEV_KEY = "dev"

# ruleid: flask-secret-key-hardcoded
app.secret_key = "super-secret-key"
# ruleid: flask-secret-key-hardcoded
app.secret_key = b'_5#y2L"F4Q8z\n\xec]/'
# ruleid: flask-secret-key-hardcoded
app.config["SECRET_KEY"] = DEV_KEY
# ruleid: flask-secret-key-hardcoded
app.config.update(SECRET_KEY=os.environ.get("SECRET_KEY", "changeme"))
# ruleid: flask-secret-key-hardcoded
app.config.from_mapping(SECRET_KEY=os.getenv("SECRET_KEY") or "dev")
# ruleid: flask-secret-key-hardcoded
app.config.update({"SECRET_KEY": "keyboard cat"})


class Config:
    # ruleid: flask-secret-key-hardcoded
    SECRET_KEY = "you-will-never-guess"
    # ok: flask-secret-key-hardcoded
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]


# ok: flask-secret-key-hardcoded
app.secret_key = os.environ["SECRET_KEY"]
# ok: flask-secret-key-hardcoded
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY")
# ok: flask-secret-key-hardcoded
app.config["SECRET_KEY"] = secrets.token_hex(32)
# ok: flask-secret-key-hardcoded
app.config["SECRET_KEY"] = os.getenv("SECRET_KEY", "")

# ruleid: flask-secret-key-hardcoded
SESSION_SECRET = os.getenv("SESSION_SECRET", "flask-fallback")
app.secret_key = SESSION_SECRET


class TestingConfig(Config):
    # the test suite's own settings class
    # ok: flask-secret-key-hardcoded
    SECRET_KEY = "unit-tests-only"
    TESTING = True


class StagingConfig(Config):
    # ruleid: flask-secret-key-hardcoded
    SECRET_KEY = "staging-secret"


class OutboundWebhook:
    def __init__(self, url):
        self.url = url
        self.secret_key = None


hook = OutboundWebhook("https://receiver.example/hook")
# ok: flask-secret-key-hardcoded
hook.secret_key = "test-signing-key"

web = Flask("portal")
# ruleid: flask-secret-key-hardcoded
web.secret_key = "portal-dev-key"


class Settings:
    # ruleid: flask-secret-key-hardcoded
    FLASK_SECRET_KEY = os.getenv("FLASK_SECRET_KEY", "default_secret_key")
    # ok: flask-secret-key-hardcoded
    FLASK_ENV = os.getenv("FLASK_ENV", "production")
