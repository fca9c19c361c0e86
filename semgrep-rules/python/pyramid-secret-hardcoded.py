import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory

# ruleid: pyramid-secret-hardcoded
AUTH_SECRET = "seekrit"


def main(global_config, **settings):
    config = Configurator(settings=settings)
    # ok: pyramid-secret-hardcoded
    authn = AuthTktAuthenticationPolicy(AUTH_SECRET, hashalg="sha512", secure=True, http_only=True, timeout=3600)
    # ruleid: pyramid-secret-hardcoded
    sessions = SignedCookieSessionFactory("itsaseekreet", secure=True, httponly=True)
    # ok: pyramid-secret-hardcoded
    config.set_session_factory(sessions)
    # ruleid: pyramid-secret-hardcoded
    helper = AuthTktCookieHelper(secret=os.environ.get("AUTH_TKT_SECRET", "dev-only"), secure=True, http_only=True)
    # ruleid: pyramid-secret-hardcoded
    fallback = AuthTktAuthenticationPolicy(settings.get("auth.secret", "changeme"), hashalg="sha512")
    # ok: pyramid-secret-hardcoded
    good = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True, http_only=True)
    # ok: pyramid-secret-hardcoded
    good_sessions = SignedCookieSessionFactory(os.environ["SESSION_SECRET"], secure=True, httponly=True)
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())
    return config.make_wsgi_app(), helper, fallback, good, good_sessions
