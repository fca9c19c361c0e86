import base64
import json


def user_from_token(token):
    # ruleid: python-jwt-manual-payload-decode
    payload = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))
    return payload["sub"]


def claims_of(token):
    header, body, signature = token.split(".")
    # ruleid: python-jwt-manual-payload-decode
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def header_of(token):
    # ok: python-jwt-manual-payload-decode
    return json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
