from flask_jwt_extended import decode_token


def who(token):
    # ruleid: flask-jwt-extended-decode-allow-expired
    return decode_token(token)["sub"]


def who_strict(token):
    # ok: flask-jwt-extended-decode-allow-expired
    return decode_token(token)["sub"]
