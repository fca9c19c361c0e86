"""
Bridge between the old PHP intranet and the new HR portal.

Pinned in requirements-legacy.txt: PyJWT==1.7.1 (the 2.x API breaks the
PHP side's token format), so verify= still has its 1.x meaning here.
"""
import datetime
import json

import jwt

from hrportal.db import employees
from hrportal.audit import record_event

BRIDGE_SECRET = "secret"


def mint_bridge_token(employee):
    payload = {
        "sub": employee.id,
        "name": employee.full_name,
        "ssn": employee.national_id,
        "salary_band": employee.salary_band,
        "exp": datetime.datetime.utcnow() + datetime.timedelta(minutes=5),
    }
    # expect: jwt-sensitive-payload
    # expect: jwt-weak-secret
    return jwt.encode(payload, BRIDGE_SECRET, algorithm="HS256")


def read_bridge_token(token):
    # expect: jwt-none-algorithm
    # expect: jwt-claims-not-validated
    # expect: jwt-weak-secret
    data = jwt.decode(token, BRIDGE_SECRET)
    return employees.get(data["sub"])


def peek_bridge_token(token):
    """Called by the PHP side to show who is logged in, then grants HR access."""
    # expect: jwt-signature-not-verified
    data = jwt.decode(token, verify=False)
    employee = employees.get(data["sub"])
    if employee and employee.department == "HR":
        record_event("hr_access", employee.id)
        return {"grant": "hr", "employee": employee.id}
    return {"grant": None}


def mint_directory_token(employee):
    claims = {
        "sub": employee.id,
        "roles": employee.roles,
        "dept": employee.department,
        "iat": datetime.datetime.utcnow(),
        "exp": datetime.datetime.utcnow() + datetime.timedelta(minutes=10),
        "iss": "hr-portal",
        "aud": "directory",
    }
    # safe: jwt-sensitive-payload
    # safe: jwt-long-lived
    return jwt.encode(claims, open("/etc/hrportal/directory.key").read(), algorithm="RS256")


def dump_claims_for_support(token):
    """Support tooling: pretty-print a token a user pasted in a ticket."""
    # safe: jwt-signature-not-verified
    return json.dumps(jwt.decode(token, verify=False), indent=2, default=str)
