# the app module imports jwt and datetime; this module takes them with a star import
from shopapp import *


@app.route("/token", methods=["POST"])
def issue_token():
    account = Account.query.filter_by(email=request.form["email"]).first_or_404()
    token = jwt.encode(
        # ruleid: pyjwt-long-lived-token
        {"sub": account.uuid, "exp": datetime.datetime.utcnow() + datetime.timedelta(minutes=90)},
        app.config["JWT_KEY"], "HS256")
    return jsonify(token=token)


@app.route("/short-token", methods=["POST"])
def issue_short_token():
    account = Account.query.filter_by(email=request.form["email"]).first_or_404()
    token = jwt.encode(
        # ok: pyjwt-long-lived-token
        {"sub": account.uuid, "exp": datetime.datetime.utcnow() + datetime.timedelta(minutes=10)},
        app.config["JWT_KEY"], "HS256")
    return jsonify(token=token)
