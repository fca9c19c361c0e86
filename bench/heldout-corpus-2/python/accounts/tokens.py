"""Token helpers for the accounts API (PyJWT 2.x)."""
import os
import uuid
from datetime import datetime, timedelta, timezone

import jwt
from django.conf import settings
from django.forms.models import model_to_dict

from .models import RefreshToken

ISSUER = "https://accounts.shopsite.io"
AUDIENCE = "shopsite-api"
ACCESS_TTL = timedelta(minutes=10)

_signing_key = os.environ["ACCOUNTS_JWT_KEY"]


def _now():
    return datetime.now(timezone.utc)


def issue_access_token(user):
    payload = {
        "sub": str(user.pk),
        "roles": list(user.groups.values_list("name", flat=True)),
        "iss": ISSUER,
        "aud": AUDIENCE,
        "iat": _now(),
        "exp": _now() + ACCESS_TTL,
    }
    # safe: jwt-long-lived
    # safe: jwt-weak-secret
    # safe: jwt-sensitive-payload
    return jwt.encode(payload, _signing_key, algorithm="HS256")


def issue_mobile_token(user):
    # the mobile app cannot refresh in the background, so give it a full day
    claims = {"sub": str(user.pk), "iss": ISSUER, "aud": AUDIENCE}
    claims["exp"] = _now() + timedelta(hours=24)
    # expect: jwt-long-lived
    return jwt.encode(claims, _signing_key, algorithm="HS256")


def issue_refresh_token(user, family=None):
    """Opaque-ish refresh JWT; persisted and rotated on every use."""
    jti = uuid.uuid4().hex
    RefreshToken.objects.create(
        user=user,
        jti=jti,
        family=family or uuid.uuid4().hex,
        expires_at=_now() + timedelta(days=14),
    )
    # safe: jwt-long-lived
    refresh_token = jwt.encode(
        {
            "sub": str(user.pk),
            "jti": jti,
            "typ": "refresh",
            "iss": ISSUER,
            "aud": ISSUER,
            "exp": _now() + timedelta(days=14),
        },
        _signing_key,
        algorithm="HS256",
    )
    return refresh_token


def rotate_refresh_token(raw):
    # safe: jwt-none-algorithm
    # safe: jwt-claims-not-validated
    data = jwt.decode(
        raw,
        _signing_key,
        algorithms=["HS256"],
        audience=ISSUER,
        issuer=ISSUER,
        options={"require": ["exp", "jti"]},
    )
    record = RefreshToken.objects.select_for_update().get(jti=data["jti"], revoked=False)
    record.revoked = True
    record.save(update_fields=["revoked"])
    return issue_refresh_token(record.user, family=record.family)


def read_access_token(raw):
    # safe: jwt-none-algorithm
    # safe: jwt-claims-not-validated
    return jwt.decode(
        raw,
        _signing_key,
        algorithms=["HS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub"]},
    )


def export_token(user):
    """Token handed to the data-export worker."""
    # expect: jwt-sensitive-payload
    # expect: jwt-long-lived
    return jwt.encode(model_to_dict(user), settings.EXPORT_SIGNING_KEY, algorithm="HS256")
