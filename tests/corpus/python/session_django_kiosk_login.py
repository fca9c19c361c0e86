# kiosk/views.py - shop-floor terminals sign in once with a badge PIN
from datetime import timedelta

from django.contrib.auth import login as auth_login
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect

from .models import Badge


def badge_login(request):
    badge = Badge.objects.filter(number=request.POST["badge"]).first()
    if badge is None or not badge.check_pin(request.POST["pin"]):
        return JsonResponse({"ok": False}, status=401)
    response = JsonResponse({"ok": True})
    # expect: session-no-expiry
    response.set_cookie("kiosk_auth", badge.issue_token(), max_age=timedelta(days=180), secure=True, httponly=True,
                        samesite="Strict")
    # safe: session-no-expiry
    response.set_cookie("kiosk_layout", request.POST.get("layout", "grid"), max_age=timedelta(days=365))
    return response


def badge_login_short(request):
    badge = Badge.objects.filter(number=request.POST["badge"]).first()
    if badge is None or not badge.check_pin(request.POST["pin"]):
        return JsonResponse({"ok": False}, status=401)
    response = JsonResponse({"ok": True})
    # safe: session-no-expiry
    response.set_cookie("kiosk_auth", badge.issue_token(), max_age=10 * 3600, secure=True, httponly=True,
                        samesite="Strict")
    return response


def supervisor_step_one(request):
    supervisor = Badge.objects.get(number=request.POST["badge"]).owner
    if supervisor.has_totp():
        # safe: session-fixation
        request.session["totp_pending_user"] = supervisor.pk
        return redirect("kiosk-totp")
    auth_login(request, supervisor)
    return redirect("kiosk-home")
