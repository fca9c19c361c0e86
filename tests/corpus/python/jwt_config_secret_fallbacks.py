"""Config objects of two small APIs: a Flask one (flask-jwt-extended) and the
token helpers of a reporting service (PyJWT, keys on the class)."""
import os
from datetime import timedelta

import jwt


class BaseConfig:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    # expect: jwt-weak-secret
    # expect: session-weak-secret
    SECRET_KEY = "flask-api-secret"
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=15)
    JWT_TOKEN_LOCATION = ["headers"]


class IsolatedKeysConfig:
    # safe: jwt-weak-secret
    SECRET_KEY = os.environ["FLASK_SECRET_KEY"]
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=10)


class ReportTokens:
    # expect: jwt-weak-secret
    HMAC_SECRET = "report-token-secret"
    # safe: jwt-weak-secret
    ISSUER = "reports.internal"

    def issue(self, report_id):
        exp = jwt.utils.datetime.datetime.now(jwt.utils.datetime.timezone.utc) + timedelta(minutes=5)
        return jwt.encode({"sub": report_id, "iss": self.ISSUER, "exp": exp}, self.HMAC_SECRET, algorithm="HS256")


class EnvReportTokens:
    # safe: jwt-weak-secret
    HMAC_SECRET = os.environ["REPORT_TOKEN_SECRET"]

    def issue(self, report_id):
        exp = jwt.utils.datetime.datetime.now(jwt.utils.datetime.timezone.utc) + timedelta(minutes=5)
        # safe: jwt-weak-secret
        return jwt.encode({"sub": report_id, "exp": exp}, self.HMAC_SECRET, algorithm="HS256")


def legacy_read(token):
    # expect: jwt-signature-not-verified
    return jwt.decode(token, None, False)


def bytes_key_token(report_id):
    exp = jwt.utils.datetime.datetime.now(jwt.utils.datetime.timezone.utc) + timedelta(minutes=5)
    # expect: jwt-weak-secret
    return jwt.encode({"sub": report_id, "exp": exp}, bytes("inline-bytes-secret", "utf-8"), algorithm="HS256")
