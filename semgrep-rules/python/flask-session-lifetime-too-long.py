import datetime
from datetime import timedelta

from flask import Flask

app = Flask(__name__)
THIRTY_DAYS = 60 * 60 * 24 * 30

# ruleid: flask-session-lifetime-too-long
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=30)
# ruleid: flask-session-lifetime-too-long
app.config.update(PERMANENT_SESSION_LIFETIME=datetime.timedelta(weeks=2))
# ruleid: flask-session-lifetime-too-long
app.config["PERMANENT_SESSION_LIFETIME"] = THIRTY_DAYS
# ruleid: flask-session-lifetime-too-long
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=48)


class ProdConfig:
    # ruleid: flask-session-lifetime-too-long
    PERMANENT_SESSION_LIFETIME = timedelta(365)
    # ok: flask-session-lifetime-too-long
    SESSION_COOKIE_SECURE = True


# ok: flask-session-lifetime-too-long
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=8)
# ok: flask-session-lifetime-too-long
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(minutes=30)
# ok: flask-session-lifetime-too-long
app.config["PERMANENT_SESSION_LIFETIME"] = 1800
# ruleid: flask-session-lifetime-too-long
app.permanent_session_lifetime = timedelta(days=7)
# ok: flask-session-lifetime-too-long
app.permanent_session_lifetime = timedelta(hours=2)
