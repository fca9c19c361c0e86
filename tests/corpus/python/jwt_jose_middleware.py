"""Starlette middleware that authenticates requests for the reporting API (python-jose)."""
import os
import time

from jose import ExpiredSignatureError, JWTError, jws, jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

# safe: jwt-weak-secret
HMAC_KEY = os.environ["REPORTING_JWT_KEY"]
PUBLIC_KEY = open(os.environ["REPORTING_JWT_PUBKEY"]).read()
ISSUER = "https://auth.reporting.example.com"
AUDIENCE = "reporting-api"


class JWTAuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            return JSONResponse({"detail": "missing token"}, status_code=401)
        token = auth[7:]
        try:
            # safe: jwt-none-algorithm
            claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER)
        except ExpiredSignatureError:
            return JSONResponse({"detail": "expired"}, status_code=401)
        except JWTError:
            return JSONResponse({"detail": "invalid token"}, status_code=401)
        request.state.user = claims["sub"]
        return await call_next(request)


def is_admin(request: Request) -> bool:
    token = request.headers["authorization"][7:]
    # expect: jwt-signature-not-verified
    claims = jwt.get_unverified_claims(token)
    return "admin" in claims.get("roles", [])


def tenant_of(request: Request) -> str:
    token = request.cookies["report_token"]
    # expect: jwt-signature-not-verified
    return jwt.get_unverified_claims(token)["tenant"]


def key_for(token: str, keys: dict) -> str:
    # safe: jwt-signature-not-verified
    kid = jwt.get_unverified_header(token)["kid"]
    return keys[kid]


def verify_export_token(token: str) -> dict:
    # expect: jwt-signature-not-verified
    return jwt.decode(token, HMAC_KEY, algorithms=["HS256"], options={"verify_signature": False})


def verify_export_token_v2(token: str) -> dict:
    # expect: jwt-none-algorithm
    return jwt.decode(token, HMAC_KEY, audience=AUDIENCE, issuer=ISSUER)


def verify_partner(token: str) -> dict:
    # expect: jwt-none-algorithm
    return jwt.decode(token, PUBLIC_KEY, algorithms=None, audience=AUDIENCE, issuer=ISSUER)


def verify_raw_signature(token: str) -> bytes:
    # expect: jwt-none-algorithm
    return jws.verify(token, HMAC_KEY, None)


def verify_scheduled_job(token: str) -> dict:
    # expect: jwt-claims-not-validated
    return jwt.decode(token, HMAC_KEY, algorithms=["HS256"], options={"verify_exp": False, "verify_aud": False})


def verify_dashboard_embed(token: str) -> dict:
    # expect: jwt-claims-not-validated
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])


def verify_dashboard_embed_v2(token: str) -> dict:
    # safe: jwt-claims-not-validated
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER)


def issue_export_token(report_id: str, user) -> str:
    now = int(time.time())
    # safe: jwt-sensitive-payload
    claims = {"sub": str(user.id), "report": report_id, "iat": now, "exp": now + 900}
    return jwt.encode(claims, HMAC_KEY, algorithm="HS256")


def issue_embed_token(user) -> str:
    # expect: jwt-weak-secret
    return jwt.encode({"sub": user.id, "exp": int(time.time()) + 300}, "reporting-embed-secret", algorithm="HS256")


def issue_share_link(report_id: str) -> str:
    # expect: jwt-long-lived
    return jwt.encode({"report": report_id, "exp": int(time.time()) + 30 * 86400}, HMAC_KEY, algorithm="HS256")


def issue_user_token(user) -> str:
    payload = {
        "sub": str(user.id),
        # expect: jwt-sensitive-payload
        "email_password": user.password,
        # expect: jwt-sensitive-payload
        "ssn": user.ssn,
        # safe: jwt-sensitive-payload
        "roles": user.roles,
        "exp": int(time.time()) + 600,
    }
    return jwt.encode(payload, HMAC_KEY, algorithm="HS256")
