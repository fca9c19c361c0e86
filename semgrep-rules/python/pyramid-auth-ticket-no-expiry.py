from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.session import SignedCookieSessionFactory


def includeme(config):
    secret = config.registry.settings["auth.secret"]
    # ruleid: pyramid-auth-ticket-no-expiry
    forever = AuthTktAuthenticationPolicy(secret, hashalg="sha512", secure=True, http_only=True)
    # ruleid: pyramid-auth-ticket-no-expiry
    month = AuthTktCookieHelper(secret, secure=True, http_only=True, timeout=30 * 24 * 3600)
    # ruleid: pyramid-auth-ticket-no-expiry
    sessions = SignedCookieSessionFactory(secret, secure=True, httponly=True, timeout=None)
    # ruleid: pyramid-auth-ticket-no-expiry
    remembered = AuthTktAuthenticationPolicy(secret, secure=True, http_only=True, timeout=1800, max_age=2592000)
    # ok: pyramid-auth-ticket-no-expiry
    idle = AuthTktAuthenticationPolicy(secret, secure=True, http_only=True, timeout=1800, reissue_time=180)
    # ok: pyramid-auth-ticket-no-expiry
    default_sessions = SignedCookieSessionFactory(secret, secure=True, httponly=True)
    # ok: pyramid-auth-ticket-no-expiry
    workday = AuthTktCookieHelper(secret, secure=True, http_only=True, timeout=8 * 3600)
    return forever, month, sessions, remembered, idle, default_sessions, workday
