"""Token service shared by the billing workers (PyJWT 2.x)."""
import logging
import os
import time
from datetime import datetime, timedelta, timezone

import jwt
import jwt as pyjwt
from jwt import decode as jwt_decode
from jwt.exceptions import InvalidTokenError

log = logging.getLogger(__name__)

# safe: jwt-weak-secret
SIGNING_KEY = os.environ["BILLING_JWT_KEY"]
# expect: jwt-weak-secret
LEGACY_KEY = os.getenv("BILLING_LEGACY_KEY", "billing-legacy")
ACCEPTED_ALGORITHMS = ["HS256", "RS256"]


class TokenService:
    def __init__(self, issuer: str = "billing"):
        self.issuer = issuer

    def issue(self, account_id: int, scopes: list) -> str:
        payload = {
            "sub": str(account_id),
            "iss": self.issuer,
            # safe: jwt-sensitive-payload
            "scopes": scopes,
            # expect: jwt-long-lived
            "exp": datetime.now(timezone.utc) + timedelta(hours=8),
        }
        return jwt.encode(payload, SIGNING_KEY, algorithm="HS256")

    def issue_short(self, account_id: int) -> str:
        now = datetime.now(timezone.utc)
        # safe: jwt-long-lived
        claims = {"sub": str(account_id), "iat": now, "exp": now + timedelta(minutes=5)}
        # safe: jwt-weak-secret
        return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")

    def issue_service_token(self, service: str) -> str:
        # expect: jwt-long-lived
        return pyjwt.encode({"sub": service, "iss": self.issuer}, SIGNING_KEY, algorithm="HS256")

    def issue_for_legacy(self, account):
        # expect: jwt-weak-secret
        return jwt.encode({"sub": account.id, "exp": int(time.time()) + 300}, "billing-secret", algorithm="HS256")

    def issue_debug(self, account):
        # expect: jwt-none-algorithm
        return jwt.encode({"sub": account.id, "exp": int(time.time()) + 300}, None, algorithm="none")

    def issue_with_profile(self, account):
        claims = {"sub": str(account.id), "exp": int(time.time()) + 600}
        # expect: jwt-sensitive-payload
        claims["card_number"] = account.card_number
        # safe: jwt-sensitive-payload
        claims["plan"] = account.plan
        return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")

    def verify(self, token: str) -> dict:
        # safe: jwt-signature-not-verified
        return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], issuer=self.issuer)

    def peek(self, token: str) -> dict:
        # expect: jwt-signature-not-verified
        return jwt.decode(token, options={"verify_signature": False})

    def account_from(self, token: str) -> int:
        opts = {"verify_signature": False, "verify_exp": True}
        # expect: jwt-signature-not-verified
        claims = pyjwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options=opts)
        return int(claims["sub"])

    def account_from_legacy(self, token: str) -> int:
        # expect: jwt-signature-not-verified
        claims = jwt_decode(token, LEGACY_KEY, algorithms=["HS256"], options=dict(verify_signature=False))
        return int(claims["sub"])

    def verify_any(self, token: str) -> dict:
        # expect: jwt-none-algorithm
        # expect: jwt-claims-not-validated
        return jwt.decode(token, SIGNING_KEY, algorithms=ACCEPTED_ALGORITHMS)

    def verify_header_alg(self, token: str) -> dict:
        header = jwt.get_unverified_header(token)
        # expect: jwt-none-algorithm
        # expect: jwt-claims-not-validated
        return jwt.decode(token, SIGNING_KEY, algorithms=[header["alg"]])

    def verify_lenient(self, token: str) -> dict:
        # expect: jwt-claims-not-validated
        return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"verify_exp": False})

    def verify_grace(self, token: str) -> dict:
        # expect: jwt-claims-not-validated
        return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], leeway=timedelta(days=2))

    def verify_strict(self, token: str) -> dict:
        # expect: jwt-claims-not-validated
        return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]}, leeway=30)

    def is_valid(self, token: str) -> bool:
        try:
            # safe: jwt-none-algorithm
            # expect: jwt-claims-not-validated
            jwt.decode(token, SIGNING_KEY, algorithms=["HS512"])
            return True
        except InvalidTokenError:
            log.info("rejected token")
            return False
