from django.conf import settings
from django.http import JsonResponse


def login_view(request):
    token = make_token(request.user)
    response = JsonResponse({"ok": True})
    # ruleid: django-set-cookie-insecure
    response.set_cookie("auth_token", token)
    # ruleid: django-set-cookie-insecure
    response.set_cookie(settings.SESSION_COOKIE_NAME, request.session.session_key, httponly=True, secure=False, samesite="Lax")
    # ruleid: django-set-cookie-insecure
    response.set_signed_cookie("remember_me", token, salt="rm", secure=True, httponly=True)
    # ok: django-set-cookie-insecure
    response.set_cookie("auth_token", token, secure=True, httponly=True, samesite="Strict")
    # ok: django-set-cookie-insecure
    response.set_cookie("django_language", "en")
    return response


def remember_login_choice(response, callback_url, provider, device_id):
    # cookies that carry no credential: the return URL, the chosen login provider,
    # an anonymous device id, the OAuth state
    # ok: django-set-cookie-insecure
    response.set_cookie("auth_callback", callback_url)
    # ok: django-set-cookie-insecure
    response.set_cookie("login_method", provider)
    # ok: django-set-cookie-insecure
    response.set_cookie("oauth_state", provider)
    # ok: django-set-cookie-insecure
    response.set_cookie("session_device_id", device_id)
    return response


def call_upstream(http_session, jar, cookie, token):
    # a cookie jar of an HTTP client sends the cookie on outgoing requests
    # ok: django-set-cookie-insecure
    jar.set_cookie(cookie)
    # ok: django-set-cookie-insecure
    http_session.cookies.set_cookie(make_cookie("session", token))
    return http_session.get("https://upstream.example/api")


def flags(response, token):
    # a flag the page's script reads: a literal, no session in it
    # ok: django-set-cookie-insecure
    response.set_cookie("is_user_authorized", "true")
    # ok: django-set-cookie-insecure
    response.set_cookie(key="auth_hint", value="1")
    # ruleid: django-set-cookie-insecure
    response.set_cookie("auth_token", token)
    return response
