"""ASGI middleware that authenticates requests forwarded by the API gateway.

Uses python-jose. Tokens come from the corporate IdP (RS256, JWKS).
"""
import os

import httpx
from jose import jwt
from jose.exceptions import JWTError
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

IDP_ISSUER = os.environ["IDP_ISSUER"]
API_AUDIENCE = os.environ["API_AUDIENCE"]
JWKS_URL = f"{IDP_ISSUER}/.well-known/jwks.json"


class JwksCache:
    def __init__(self):
        self._keys = {}

    async def key_for(self, kid):
        if kid not in self._keys:
            async with httpx.AsyncClient(timeout=5) as client:
                data = (await client.get(JWKS_URL)).json()
            self._keys = {k["kid"]: k for k in data["keys"]}
        return self._keys[kid]


jwks = JwksCache()


class GatewayAuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        auth = request.headers.get("authorization", "")
        if not auth.lower().startswith("bearer "):
            return JSONResponse({"detail": "missing token"}, status_code=401)
        token = auth[7:]
        try:
            # safe: jwt-signature-not-verified
            header = jwt.get_unverified_header(token)
            key = await jwks.key_for(header["kid"])
            # safe: jwt-none-algorithm
            # safe: jwt-claims-not-validated
            claims = jwt.decode(token, key, algorithms=["RS256"], audience=API_AUDIENCE, issuer=IDP_ISSUER)
        except (JWTError, KeyError):
            return JSONResponse({"detail": "invalid token"}, status_code=401)
        request.state.user_id = claims["sub"]
        request.state.scopes = claims.get("scope", "").split()
        return await call_next(request)


class InternalAdminMiddleware(BaseHTTPMiddleware):
    """Guards /internal/*; the gateway is supposed to have checked the token already."""

    async def dispatch(self, request, call_next):
        if not request.url.path.startswith("/internal/"):
            return await call_next(request)
        token = request.headers.get("x-forwarded-token", "")
        try:
            # expect: jwt-signature-not-verified
            claims = jwt.get_unverified_claims(token)
        except JWTError:
            return JSONResponse({"detail": "invalid token"}, status_code=401)
        if "admin" not in claims.get("groups", []):
            return JSONResponse({"detail": "forbidden"}, status_code=403)
        request.state.user_id = claims.get("sub")
        return await call_next(request)


class PartnerWebhookMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        if not request.url.path.startswith("/webhooks/partner"):
            return await call_next(request)
        token = request.headers.get("x-partner-signature", "")
        try:
            claims = jwt.decode(
                token,
                os.environ["PARTNER_WEBHOOK_KEY"],
                algorithms=["HS256"],
                # expect: jwt-claims-not-validated
                options={"verify_aud": False, "verify_iss": False},
            )
        except JWTError:
            return JSONResponse({"detail": "bad signature"}, status_code=401)
        request.state.partner = claims.get("partner_id")
        return await call_next(request)
