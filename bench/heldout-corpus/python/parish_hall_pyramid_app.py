"""Pyramid application for the parish-hall booking site: app factory, member
logins and the report-export views.

The report views still use PyJWT 1.7.x (pinned in requirements-legacy.txt).
"""
import datetime
import logging
import os

import jwt
from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPForbidden, HTTPFound, HTTPUnauthorized
from pyramid.session import SignedCookieSessionFactory
from pyramid.view import view_config

from .models import Member
from .security import verify_password

if not jwt.__version__.startswith("1."):
    raise ImportError("the reports views require PyJWT 1.x")

log = logging.getLogger(__name__)

# expect: jwt-weak-secret
REPORTS_SECRET = "secret"
# expect: jwt-none-algorithm
INTERNAL_ALG = "none"


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        if settings.get("hall.env") == "demo":
            session_factory = SignedCookieSessionFactory(
                # expect: session-weak-secret
                "itsaseekreet",
                # expect: session-cookie-insecure
                httponly=False,
                # expect: session-no-expiry
                timeout=None,
            )
        else:
            session_factory = SignedCookieSessionFactory(
                # safe: session-weak-secret
                os.environ["HALL_SESSION_SECRET"],
                # safe: session-cookie-insecure
                secure=True,
                httponly=True,
                samesite="Strict",
                # safe: session-no-expiry
                timeout=1800,
                max_age=8 * 3600,
            )
        config.set_session_factory(session_factory)
        config.include("pyramid_jinja2")
        config.include(".models")
        config.add_route("login", "/login")
        config.add_route("trustee_login", "/trustees/login")
        config.add_route("logout", "/logout")
        config.add_route("bookings", "/bookings")
        config.add_route("reports.download", "/reports/download")
        config.add_route("reports.admin_purge", "/reports/purge")
        config.add_route("reports.audit", "/reports/audit")
        config.add_route("reports.file", "/reports/files/{id}")
        config.scan()
    return config.make_wsgi_app()


@view_config(route_name="login", request_method="POST", renderer="templates/login.jinja2")
def login(request):
    member = request.dbsession.query(Member).filter_by(email=request.POST.get("email")).one_or_none()
    if member is None or not verify_password(request.POST.get("password", ""), member.password_hash):
        return {"error": "Unknown email or wrong password"}
    # expect: session-fixation
    request.session["member_id"] = member.id
    return HTTPFound(location=request.route_url("bookings"))


@view_config(route_name="trustee_login", request_method="POST", renderer="templates/login.jinja2")
def trustee_login(request):
    member = request.dbsession.query(Member).filter_by(email=request.POST.get("email"), trustee=True).one_or_none()
    if member is None or not verify_password(request.POST.get("password", ""), member.password_hash):
        return {"error": "Unknown email or wrong password"}
    request.session.invalidate()
    # safe: session-fixation
    request.session["member_id"] = member.id
    request.session["trustee"] = True
    return HTTPFound(location=request.route_url("bookings"))


@view_config(route_name="logout")
def logout(request):
    request.session.invalidate()
    return HTTPFound(location=request.route_url("login"))


def make_download_token(user_id, report_id):
    # expect: jwt-long-lived
    payload = {"user": user_id, "report": report_id, "iat": datetime.datetime.utcnow()}
    return jwt.encode(payload, REPORTS_SECRET, algorithm="HS256")


def make_internal_token(job_id):
    return jwt.encode({"job": job_id, "exp": datetime.datetime.utcnow() + datetime.timedelta(minutes=5)},
                      None, algorithm=INTERNAL_ALG)


def _bearer(request):
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        raise HTTPUnauthorized()
    return auth.split(" ", 1)[1]


@view_config(route_name="reports.download", renderer="json")
def download(request):
    token = request.params.get("t", "")
    try:
        # expect: jwt-none-algorithm
        # expect: jwt-claims-not-validated
        claims = jwt.decode(token, REPORTS_SECRET)
    except jwt.InvalidTokenError:
        raise HTTPForbidden()
    return {"report": claims["report"], "url": request.route_url("reports.file", id=claims["report"])}


@view_config(route_name="reports.admin_purge", renderer="json", request_method="POST")
def admin_purge(request):
    # expect: jwt-signature-not-verified
    claims = jwt.decode(_bearer(request), verify=False)
    if "admin" not in claims.get("roles", []):
        raise HTTPForbidden()
    purged = request.dbsession.execute("DELETE FROM report_files WHERE created < now() - interval '30 days'")
    log.info("purged %s report files", purged.rowcount)
    return {"purged": purged.rowcount}


@view_config(route_name="reports.audit", renderer="json")
def audit_trail(request):
    token = _bearer(request)
    # safe: jwt-signature-not-verified
    header = jwt.get_unverified_header(token)
    key = request.registry.settings["reports.keys"][header["kid"]]
    # safe: jwt-none-algorithm
    # safe: jwt-claims-not-validated
    claims = jwt.decode(token, key, algorithms=["RS256"], audience="reports", issuer="https://sso.corp.example")
    return {"user": claims["sub"], "entries": []}
