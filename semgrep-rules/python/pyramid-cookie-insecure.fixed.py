from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.session import SignedCookieSessionFactory


def includeme(config):
    settings = config.registry.settings
    # ruleid: pyramid-cookie-insecure
    policy = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", timeout=1800)
    # ruleid: pyramid-cookie-insecure
    helper = AuthTktCookieHelper(settings["auth.secret"], secure=True, http_only=True, timeout=1800)
    # ruleid: pyramid-cookie-insecure
    factory = SignedCookieSessionFactory(settings["session.secret"])
    # ok: pyramid-cookie-insecure
    hardened = AuthTktAuthenticationPolicy(settings["auth.secret"], secure=True, http_only=True, timeout=1800)
    # ok: pyramid-cookie-insecure
    hardened_sessions = SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True)
    # ok: pyramid-cookie-insecure
    from_settings = SignedCookieSessionFactory(settings["session.secret"], secure=settings["https"], httponly=True)
    opts = {"secure": True, "http_only": True}
    # ok: pyramid-cookie-insecure
    kw = AuthTktAuthenticationPolicy(settings["auth.secret"], timeout=900, **opts)
    return policy, helper, factory, hardened, hardened_sessions, from_settings, kw
