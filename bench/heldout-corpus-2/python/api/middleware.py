"""Request middleware for the FleetDesk API gateway."""
import logging

import jwt as pyjwt
from jose import jwt as jose_jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

from .config import settings
from .tenants import tenant_keys

log = logging.getLogger("gateway")


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    return auth[7:] if auth.lower().startswith("bearer ") else None


class AdminAreaMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        if request.url.path.startswith("/admin"):
            token = _bearer(request)
            if token is None:
                return JSONResponse({"detail": "unauthorized"}, status_code=401)
            # expect: jwt-signature-not-verified
            claims = jose_jwt.get_unverified_claims(token)
            if claims.get("role") != "admin":
                return JSONResponse({"detail": "forbidden"}, status_code=403)
            request.state.admin_id = claims["sub"]
        return await call_next(request)


class TenantMiddleware(BaseHTTPMiddleware):
    """Picks the tenant's key from the unverified `iss`, then verifies."""

    async def dispatch(self, request: Request, call_next):
        token = _bearer(request)
        if token:
            # safe: jwt-signature-not-verified
            unverified = pyjwt.decode(token, options={"verify_signature": False})
            tenant = tenant_keys.get(unverified.get("iss"))
            if tenant is None:
                return JSONResponse({"detail": "unknown issuer"}, status_code=401)
            try:
                # safe: jwt-signature-not-verified
                # safe: jwt-none-algorithm
                # safe: jwt-claims-not-validated
                claims = pyjwt.decode(
                    token,
                    tenant.public_key,
                    algorithms=["ES256"],
                    audience=settings.jwt_audience,
                    issuer=tenant.issuer,
                )
            except pyjwt.PyJWTError:
                return JSONResponse({"detail": "invalid token"}, status_code=401)
            request.state.tenant = tenant.slug
            request.state.user_id = claims["sub"]
        return await call_next(request)


class AuditMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        token = _bearer(request)
        if token:
            # expect: jwt-signature-not-verified
            claims = pyjwt.decode(token, options={"verify_signature": False})
            request.state.user_id = claims.get("sub")
            request.state.is_support = "support" in claims.get("roles", [])
        response = await call_next(request)
        log.info("%s %s user=%s", request.method, request.url.path, getattr(request.state, "user_id", "-"))
        return response
