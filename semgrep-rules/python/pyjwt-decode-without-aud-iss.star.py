# the app module imports jwt; the decorator module takes it with a star import
from shopapp import *


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        raw = request.headers.get("X-Api-Token")
        try:
            # ruleid: pyjwt-decode-without-aud-iss
            data = jwt.decode(raw, app.config["JWT_KEY"], algorithms=["HS256"])
        except Exception:
            return jsonify(error="bad token"), 401
        return view(Account.query.get(data["sub"]), *args, **kwargs)
    return wrapper


def scoped_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        raw = request.headers.get("X-Api-Token")
        # ok: pyjwt-decode-without-aud-iss
        data = jwt.decode(raw, app.config["JWT_KEY"], algorithms=["HS256"], audience="shop", issuer="shop-auth")
        return view(Account.query.get(data["sub"]), *args, **kwargs)
    return wrapper
