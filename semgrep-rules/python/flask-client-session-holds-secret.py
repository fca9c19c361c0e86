from flask import Flask, session, redirect

app = Flask(__name__)


@app.route("/oauth/callback")
def callback():
    token = oauth.github.authorize_access_token()
    # ruleid: flask-client-session-holds-secret
    session["access_token"] = token["access_token"]
    # ruleid: flask-client-session-holds-secret
    session["token"] = token
    # ruleid: flask-client-session-holds-secret
    session.update({"api_key": current_user_api_key()})
    # ok: flask-client-session-holds-secret
    session["oauth_state"] = None
    # ok: flask-client-session-holds-secret
    session["csrf_token"] = new_csrf()
    return redirect("/")
