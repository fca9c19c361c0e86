import os

from pyramid.authentication import AuthTktCookieHelper
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory

from .security import SecurityPolicy


def main(global_config, **settings):
    """Return the WSGI application for the intranet wiki."""
    # expect: session-weak-secret
    # expect: session-cookie-insecure
    # expect: session-no-expiry
    session_factory = SignedCookieSessionFactory(
        "itsaseekreet",
        cookie_name="wiki_session",
        secure=False,
        httponly=False,
        timeout=None,
    )

    auth_secret = settings.get("auth.secret") or os.environ["WIKI_AUTH_SECRET"]
    # safe: session-weak-secret
    # safe: session-cookie-insecure
    # safe: session-no-expiry
    auth_helper = AuthTktCookieHelper(
        secret=auth_secret,
        hashalg="sha512",
        secure=True,
        http_only=True,
        samesite="Strict",
        timeout=1800,
        reissue_time=300,
        max_age=8 * 3600,
    )

    with Configurator(settings=settings) as config:
        config.include("pyramid_jinja2")
        config.include(".models")
        config.set_session_factory(session_factory)
        config.set_security_policy(SecurityPolicy(auth_helper))
        config.add_static_view("static", "static", cache_max_age=3600)
        config.add_route("home", "/")
        config.add_route("login", "/login")
        config.add_route("logout", "/logout")
        config.add_route("page", "/wiki/{title}")
        config.scan()
    return config.make_wsgi_app()


def admin_app(global_config, **settings):
    """Separate admin UI mounted under /admin."""
    # safe: session-weak-secret
    # safe: session-cookie-insecure
    # safe: session-no-expiry
    session_factory = SignedCookieSessionFactory(
        os.environ["WIKI_ADMIN_SESSION_SECRET"],
        cookie_name="wiki_admin",
        secure=True,
        httponly=True,
        samesite="Strict",
        timeout=900,
        max_age=4 * 3600,
    )
    with Configurator(settings=settings) as config:
        config.set_session_factory(session_factory)
        config.add_route("admin", "/")
        config.scan(".admin")
    return config.make_wsgi_app()
