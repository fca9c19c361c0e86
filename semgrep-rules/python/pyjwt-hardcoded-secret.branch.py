import os
import sys

import jwt
from flask import Flask, request

API_SECRET = os.environ.get("API_SECRET")
if not API_SECRET:
    # ruleid: pyjwt-hardcoded-secret
    API_SECRET = "orders-signing-phrase"

SIGNING = os.getenv("SIGNING")
if SIGNING is None or SIGNING == "":
    pass
else:
    # ruleid: pyjwt-hardcoded-secret
    SIGNING = "replace-me-later"

REPORT_KEY = os.environ.get("REPORT_KEY")
if os.environ.get("APP_DEBUG") == "1":
    # a literal only for debug runs
    # ok: pyjwt-hardcoded-secret
    REPORT_KEY = "debug-only-key"

AUDIT_KEY = os.environ.get("AUDIT_KEY")
if not AUDIT_KEY:
    # fails at start-up instead of falling back
    sys.exit("AUDIT_KEY missing")

app = Flask(__name__)
app.config["SIGNING"] = SIGNING
app.config["REGION"] = os.environ.get("REGION")
if not app.config["REGION"]:
    # a setting that is not a key
    # ok: pyjwt-hardcoded-secret
    REGION = "eu-west-1"


def issue(user_id):
    return jwt.encode({"sub": user_id}, API_SECRET, algorithm="HS256")


def check(raw):
    return jwt.decode(raw, key=app.config["SIGNING"], algorithms=["HS256"])


def report(raw):
    return jwt.decode(raw, REPORT_KEY, algorithms=["HS256"])


def audit(raw):
    return jwt.decode(raw, AUDIT_KEY, algorithms=["HS256"])
