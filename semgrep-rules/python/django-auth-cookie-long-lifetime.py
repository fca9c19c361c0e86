from datetime import timedelta

from django.http import HttpResponse


def login_done(request, account, token):
    response = HttpResponse("welcome")
    # ruleid: django-auth-cookie-long-lifetime
    response.set_cookie("userid", account.pk, max_age=31449600, secure=True, httponly=True, samesite="Lax")
    # ruleid: django-auth-cookie-long-lifetime
    response.set_signed_cookie("api_token", token, max_age=timedelta(days=90), secure=True, httponly=True, samesite="Lax")
    # ok: django-auth-cookie-long-lifetime
    response.set_cookie("session_hint", "1", max_age=8 * 3600, secure=True, httponly=True, samesite="Lax")
    # ok: django-auth-cookie-long-lifetime
    response.set_cookie("theme", "dark", max_age=365 * 24 * 3600)
    # ok: django-auth-cookie-long-lifetime
    response.set_cookie("remember_device", token, max_age=timedelta(days=30), secure=True, httponly=True, samesite="Lax")
    return response
