from flask import Flask, request, session, redirect, current_app
from werkzeug.security import check_password_hash

app = Flask(__name__)


@app.post("/login")
def login():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        return "bad credentials", 401
    # ruleid: flask-session-fixation
    session["user_id"] = user.id
    # ruleid: flask-session-fixation
    session.update({"role": user.role})
    return redirect("/")


@app.post("/sso/callback")
def sso_callback():
    info = oauth.idp.authorize_access_token()["userinfo"]
    # ruleid: flask-session-fixation
    session["user"] = {"sub": info["sub"], "email": info["email"]}
    return redirect("/")


@app.post("/v2/login")
def login_v2():
    user = authenticate(request.form["email"], request.form["password"])
    session.clear()
    # ok: flask-session-fixation
    session["user_id"] = user.id
    return redirect("/")


@app.post("/v3/login")
def login_v3():
    user = authenticate(request.form["email"], request.form["password"])
    if user:
        current_app.session_interface.regenerate(session)
        # ok: flask-session-fixation
        session["user_id"] = user.id
    return redirect("/")


@app.post("/cart")
def add_to_cart():
    # ok: flask-session-fixation
    session["cart"] = request.json["items"]
    return "", 204


@app.post("/logout")
def logout():
    # ok: flask-session-fixation
    session["user_id"] = None
    return redirect("/")


CURRENT_USER_KEY = "current_user_id"


@app.route("/signin", methods=["POST"])
def signin_with_constant_key():
    account = find_account(request.form["email"], request.form["password"])
    # ruleid: flask-session-fixation
    session[CURRENT_USER_KEY] = account.id
    # ruleid: flask-session-fixation
    session["id"] = account.id
    # ok: flask-session-fixation
    session["cart"] = []
    # ok: flask-session-fixation
    session[THEME_KEY] = "dark"
    return redirect("/")


# A vendored copy of Flask-Login: the library writes its own session keys; the
# login handler that calls it is flask-login-session-fixation's business.
def login_user(user, remember=False, fresh=True):
    # ok: flask-session-fixation
    session["_user_id"] = user.get_id()
    # ok: flask-session-fixation
    session["_fresh"] = fresh
    # ok: flask-session-fixation
    session["_id"] = _create_identifier()
    if remember:
        # ok: flask-session-fixation
        session["_remember"] = "set"


class LoginManager:
    def _update_remember_cookie(self, response):
        if "_remember" not in session:
            # ok: flask-session-fixation
            session["_remember"] = "set"

    def unauthorized(self):
        # ok: flask-session-fixation
        session["_id"] = self._session_identifier_generator()
        # ok: flask-session-fixation
        session["next"] = request.url
        return redirect(self.login_view)


@app.post("/preferences")
def preferences():
    # ok: flask-session-fixation
    session["remember_tab"] = request.form["tab"]
    # ok: flask-session-fixation
    session["REMEMBER_LAYOUT"] = request.form["layout"]
    return "", 204


@app.post("/members/login")
def member_login():
    member = Member.authenticate(request.form["email"], request.form["password"])
    # ruleid: flask-session-fixation
    session["member_id"] = member.id
    return redirect("/")


@app.post("/settings/confirm-password")
@login_required
def confirm_password():
    if current_user.check_password(request.form["password"]):
        # ok: flask-session-fixation
        session["reauthenticated_user"] = current_user.id
    return "", 204


@app.post("/login/password")
def login_first_factor():
    user = find_account(request.form["email"], request.form["password"])
    # ok: flask-session-fixation
    session["pending_2fa_user_id"] = user.id
    return redirect("/login/totp")
