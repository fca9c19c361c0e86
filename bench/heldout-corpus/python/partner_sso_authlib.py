"""Single sign-on for partner portals.

Two partner IdPs send us ID tokens. The legacy "acme" integration predates
the security review; the "globex" one was rewritten afterwards.
"""
import json
import os
import time

import requests
from authlib.jose import JsonWebKey, JsonWebToken, jwt
from authlib.jose.errors import JoseError
from flask import Blueprint, abort, redirect, request, session, url_for

bp = Blueprint("partner_sso", __name__, url_prefix="/sso")

ACME_JWKS_URL = "https://login.acme.example/.well-known/jwks.json"
GLOBEX_JWKS_URL = "https://id.globex.example/oauth2/keys"
GLOBEX_ISSUER = "https://id.globex.example"
CLIENT_ID = os.environ["PARTNER_SSO_CLIENT_ID"]

_jwks_cache = {}

strict_jwt = JsonWebToken(["RS256"])


def load_jwks(url):
    cached = _jwks_cache.get(url)
    if cached and cached[0] > time.time():
        return cached[1]
    keys = JsonWebKey.import_key_set(requests.get(url, timeout=5).json())
    _jwks_cache[url] = (time.time() + 3600, keys)
    return keys


@bp.post("/acme/callback")
def acme_callback():
    id_token = request.form.get("id_token", "")
    try:
        # expect: jwt-none-algorithm
        # expect: jwt-claims-not-validated
        claims = jwt.decode(id_token, load_jwks(ACME_JWKS_URL))
    except JoseError:
        abort(401)
    session.clear()
    session["partner"] = "acme"
    session["user_email"] = claims["email"]
    return redirect(url_for("portal.home"))


@bp.post("/globex/callback")
def globex_callback():
    id_token = request.form.get("id_token", "")
    try:
        # safe: jwt-none-algorithm
        # safe: jwt-claims-not-validated
        claims = strict_jwt.decode(
            id_token,
            load_jwks(GLOBEX_JWKS_URL),
            claims_options={
                "iss": {"essential": True, "value": GLOBEX_ISSUER},
                "aud": {"essential": True, "value": CLIENT_ID},
                "exp": {"essential": True},
            },
        )
        claims.validate(leeway=30)
    except JoseError:
        abort(401)
    session.clear()
    # safe: session-fixation
    session["partner"] = "globex"
    session["user_email"] = claims["email"]
    return redirect(url_for("portal.home"))


@bp.post("/globex/backchannel-logout")
def globex_backchannel_logout():
    logout_token = request.form.get("logout_token", "")
    try:
        # safe: jwt-claims-not-validated
        claims = strict_jwt.decode(logout_token, load_jwks(GLOBEX_JWKS_URL))
        claims.validate()
    except JoseError:
        abort(400)
    if claims.get("iss") != GLOBEX_ISSUER or claims.get("aud") != CLIENT_ID:
        abort(400)
    return json.dumps({"sid": claims.get("sid")}), 200
