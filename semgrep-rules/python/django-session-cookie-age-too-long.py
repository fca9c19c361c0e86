from datetime import timedelta

# ruleid: django-session-cookie-age-too-long
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
# ok: django-session-cookie-age-too-long
SESSION_COOKIE_AGE = 60 * 60 * 4
# ok: django-session-cookie-age-too-long
SESSION_EXPIRE_AT_BROWSER_CLOSE = True


def remember_me(request):
    if request.POST.get("remember"):
        # ruleid: django-session-cookie-age-too-long
        request.session.set_expiry(timedelta(days=90))
        # ruleid: django-session-cookie-age-too-long
        request.session.set_expiry(1209600)
    else:
        # ok: django-session-cookie-age-too-long
        request.session.set_expiry(0)
        # ok: django-session-cookie-age-too-long
        request.session.set_expiry(1800)
