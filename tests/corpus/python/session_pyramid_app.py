"""Pyramid wiki app: __init__.py main() plus the login views."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory

# expect: session-weak-secret
WIKI_AUTH_SECRET = "sosecret"


def main(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: session-no-expiry
    # expect: session-cookie-insecure
    authn_policy = AuthTktAuthenticationPolicy(WIKI_AUTH_SECRET, hashalg="sha512")
    config.set_authentication_policy(authn_policy)
    config.set_authorization_policy(ACLAuthorizationPolicy())
    # expect: session-weak-secret
    config.set_session_factory(SignedCookieSessionFactory("wiki-session-secret", secure=True, httponly=True))
    config.include("pyramid_jinja2")
    config.scan()
    return config.make_wsgi_app()


def hardened_main(global_config, **settings):
    config = Configurator(settings=settings)
    # safe: session-weak-secret
    # safe: session-no-expiry
    # safe: session-cookie-insecure
    policy = AuthTktAuthenticationPolicy(
        os.environ["WIKI_AUTH_SECRET"], hashalg="sha512", secure=True, http_only=True, timeout=1800, reissue_time=180
    )
    config.set_authentication_policy(policy)
    # safe: session-cookie-insecure
    factory = SignedCookieSessionFactory(os.environ["WIKI_SESSION_SECRET"], secure=True, httponly=True)
    config.set_session_factory(factory)
    return config.make_wsgi_app()


class SecurityPolicy:
    def __init__(self, settings):
        # expect: session-no-expiry
        self.helper = AuthTktCookieHelper(
            settings["auth.secret"], secure=True, http_only=True, timeout=14 * 24 * 3600
        )

    def identity(self, request):
        return self.helper.identify(request)


def staging_policy(settings):
    # expect: session-weak-secret
    return AuthTktAuthenticationPolicy(settings.get("auth.secret", "staging-secret"), hashalg="sha512",
                                       secure=True, http_only=True, timeout=3600)
