from datetime import timedelta

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.hashers import check_password
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .models import Member
from .tokens import mint_device_token


@require_POST
def member_login(request):
    member = Member.objects.filter(email=request.POST["email"].lower()).first()
    if member is None or not check_password(request.POST["password"], member.password):
        return render(request, "login.html", {"error": "Invalid credentials"}, status=401)
    # expect: session-fixation
    request.session["member_id"] = member.pk
    # expect: session-fixation
    request.session["member_role"] = member.role
    if request.POST.get("remember"):
        # expect: session-no-expiry
        request.session.set_expiry(timedelta(days=60))
    else:
        # safe: session-no-expiry
        request.session.set_expiry(0)
    return redirect("dashboard")


@require_POST
def member_login_v2(request):
    member = Member.objects.filter(email=request.POST["email"].lower()).first()
    if member is None or not check_password(request.POST["password"], member.password):
        return render(request, "login.html", {"error": "Invalid credentials"}, status=401)
    request.session.cycle_key()
    # safe: session-fixation
    request.session["member_id"] = member.pk
    # safe: session-no-expiry
    request.session.set_expiry(60 * 60 * 2)
    return redirect("dashboard")


@require_POST
def staff_login(request):
    user = auth.authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "login.html", {"error": "Invalid credentials"}, status=401)
    auth.login(request, user)
    # safe: session-fixation
    request.session["staff_login_at"] = str(user.last_login)
    return redirect("admin:index")


def device_pairing(request):
    token = mint_device_token(request.user)
    response = JsonResponse({"paired": True})
    # expect: session-cookie-insecure
    response.set_cookie("device_token", token, max_age=3600)
    # expect: session-cookie-insecure
    response.set_cookie(settings.SESSION_COOKIE_NAME, request.session.session_key, secure=False, httponly=True, samesite="Lax")
    # safe: session-cookie-insecure
    response.set_cookie("device_token_v2", token, max_age=3600, secure=True, httponly=True, samesite="Strict")
    # safe: session-cookie-insecure
    response.set_cookie("django_language", request.LANGUAGE_CODE)
    return response


def impersonate(request, member_id):
    if not request.user.is_superuser:
        return HttpResponseRedirect("/")
    # expect: session-fixation
    request.session["impersonated_user_id"] = member_id
    return redirect("dashboard")
