"""Account endpoints of a small Flask-RESTful API that signs its own JWTs with PyJWT."""
import datetime
import os

import jwt
from flask import current_app, request
from flask_restful import Resource
from werkzeug.security import generate_password_hash

from .auth import token_required
from .models import Member


def _issue(member):
    return jwt.encode(
        {"sub": member.public_id, "exp": datetime.datetime.utcnow() + datetime.timedelta(minutes=10)},
        current_app.config["JWT_KEY"],
        algorithm="HS256",
    )


class MemberProfile(Resource):
    decorators = [token_required]

    def patch(self, current_member):
        member = Member.by_public_id(current_member.public_id)
        body = request.get_json()
        member.display_name = body["display_name"]
        if body.get("password"):
            # expect: jwt-no-revocation
            member.password = generate_password_hash(body["password"])
        member.save()
        return {"token": _issue(member)}


class MemberCredentials(Resource):
    decorators = [token_required]

    def put(self, current_member):
        member = Member.by_public_id(current_member.public_id)
        # safe: jwt-no-revocation
        member.password = generate_password_hash(request.get_json()["password"])
        member.tokens_valid_after = datetime.datetime.utcnow()
        member.save()
        return {"token": _issue(member)}


class MemberSignup(Resource):
    def post(self):
        body = request.get_json()
        member = Member(display_name=body["display_name"])
        # safe: jwt-no-revocation
        member.password = generate_password_hash(body["password"])
        member.save()
        return {"token": _issue(member)}, 201


def verify_partner_token(token, partner_key, expected_audience):
    if not expected_audience:
        # expect: jwt-claims-not-validated
        checks = {"verify_aud": False}
    else:
        checks = {}
    return jwt.decode(token, partner_key, algorithms=["RS256"], audience=expected_audience,
                      issuer=os.environ["PARTNER_ISSUER"], options=checks)


def verify_partner_token_strict(token, partner_key, expected_audience, lenient_clock):
    if lenient_clock:
        # safe: jwt-claims-not-validated
        checks = {"verify_iat": False}
    else:
        checks = {"require": ["exp", "aud"]}
    return jwt.decode(token, partner_key, algorithms=["RS256"], audience=expected_audience,
                      issuer=os.environ["PARTNER_ISSUER"], options=checks)
