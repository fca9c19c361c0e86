from django.conf import settings
from django.http import JsonResponse


def login_view(request):
    token = make_token(request.user)
    response = JsonResponse({"ok": True})
    # ruleid: django-set-cookie-insecure
    response.set_cookie("auth_token", token)
    # ruleid: django-set-cookie-insecure
    response.set_cookie(settings.SESSION_COOKIE_NAME, request.session.session_key, httponly=True, secure=True, samesite="Lax")
    # ruleid: django-set-cookie-insecure
    response.set_signed_cookie("remember_me", token, salt="rm", secure=True, httponly=True)
    # ok: django-set-cookie-insecure
    response.set_cookie("auth_token", token, secure=True, httponly=True, samesite="Strict")
    # ok: django-set-cookie-insecure
    response.set_cookie("django_language", "en")
    return response
