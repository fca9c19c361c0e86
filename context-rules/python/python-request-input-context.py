import base64
import jwt
from fastapi import Depends, Header
from flask import request
from jose import jwt as jose_jwt


@app.route("/me")
def me():
    token = request.headers["Authorization"].split(" ")[1]
    # ruleid: python-request-input-context
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def view(request):
    raw = request.COOKIES.get("token")
    # ruleid: python-request-input-context
    return jose_jwt.get_unverified_claims(raw)


class Me(APIView):
    def get(self, *args):
        token = self.request.META["HTTP_AUTHORIZATION"][7:]
        # ruleid: python-request-input-context
        payload = base64.urlsafe_b64decode(token.split(".")[1] + "==")
        return payload


async def current_user(token: str = Depends(oauth2_scheme)):
    # ruleid: python-request-input-context
    return jwt.decode(token, options={"verify_signature": False})["sub"]


async def from_header(authorization: str = Header(...)):
    # ruleid: python-request-input-context
    return jwt.decode(authorization[7:], options={"verify_signature": False})


def provider_claims(token_response):
    # ok: python-request-input-context
    return jwt.decode(token_response["id_token"], options={"verify_signature": False})


def helper(token):
    # ok: python-request-input-context
    return jwt.decode(token, options={"verify_signature": False})
