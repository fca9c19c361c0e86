import os
from datetime import datetime, timedelta, timezone

import jwt

KEY = os.environ["JWT_KEY"]


def issue(user):
    payload = {
        "sub": str(user.id),
        "roles": user.roles,
        # ruleid: pyjwt-sensitive-payload
        "password": user.password,
        # ruleid: pyjwt-sensitive-payload
        "pw": user.password_hash,
        # ok: pyjwt-sensitive-payload
        "email_verified": user.email_verified,
        "exp": datetime.now(timezone.utc) + timedelta(minutes=10),
    }
    return jwt.encode(payload, KEY, algorithm="HS256")


def issue_inline(user):
    # ruleid: pyjwt-sensitive-payload
    return jwt.encode({"sub": user.id, "ssn": user.ssn, "exp": datetime.now(timezone.utc) + timedelta(minutes=5)}, KEY, algorithm="HS256")


def issue_item(user, request):
    claims = {"sub": user.id, "exp": datetime.now(timezone.utc) + timedelta(minutes=5)}
    # ruleid: pyjwt-sensitive-payload
    claims["api_key"] = user.api_key
    # ok: pyjwt-sensitive-payload
    claims["scope"] = "read write"
    return jwt.encode(claims, KEY, algorithm="HS256")


def whole_record(user):
    # ruleid: pyjwt-sensitive-payload
    return jwt.encode(user.__dict__, KEY, algorithm="HS256")


def whole_record_var(user):
    # ruleid: pyjwt-sensitive-payload
    data = user.to_dict()
    data["exp"] = datetime.now(timezone.utc) + timedelta(minutes=5)
    return jwt.encode(data, KEY, algorithm="HS256")


def ids_only(user):
    # ok: pyjwt-sensitive-payload
    return jwt.encode({"sub": user.id, "roles": ["admin"], "tenant": user.tenant_id, "exp": datetime.now(timezone.utc) + timedelta(minutes=5)}, KEY, algorithm="HS256")


def stored_elsewhere(user):
    # ok: pyjwt-sensitive-payload
    record = {"password": user.password_hash, "sub": user.id}
    save(record)
    return jwt.encode({"sub": user.id, "pwd_changed_at": user.password_changed_at, "exp": datetime.now(timezone.utc) + timedelta(minutes=5)}, KEY, algorithm="HS256")


def save(record):
    return record


def integration_token(user):
    # ruleid: pyjwt-sensitive-payload
    return jwt.encode({"sub": user.id, "api_token": user.api_token, "exp": 1}, os.environ["K"], algorithm="HS256")


def integration_token_ok(user):
    # ok: pyjwt-sensitive-payload
    return jwt.encode({"sub": user.id, "token_type": "access", "exp": 1}, os.environ["K"], algorithm="HS256")
