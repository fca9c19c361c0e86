from cachelib.file import FileSystemCache
from flask import Flask
from flask_session import Session

app = Flask(__name__)
# ruleid: flask-session-filesystem-store
app.config["SESSION_TYPE"] = "filesystem"
# ruleid: flask-session-filesystem-store
app.config.update(SESSION_TYPE="cachelib", SESSION_CACHELIB=FileSystemCache("/tmp/sessions", threshold=500))
# ok: flask-session-filesystem-store
app.config["SESSION_TYPE"] = "redis"


class ProdConfig:
    # ok: flask-session-filesystem-store
    SESSION_TYPE = "sqlalchemy"


Session(app)
