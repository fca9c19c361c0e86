import json
from datetime import timedelta

from django.contrib.auth import authenticate, login
from django.http import HttpResponse, JsonResponse
from django.views import View
from django.views.decorators.csrf import ensure_csrf_cookie

from .models import ApiClient
from .signing import sign_session_token


class PartnerLoginView(View):
    def post(self, request):
        body = json.loads(request.body)
        client = ApiClient.objects.filter(client_id=body["client_id"]).first()
        if client is None or not client.check_secret(body["client_secret"]):
            return JsonResponse({"error": "invalid_client"}, status=401)
        # expect: session-fixation
        request.session["partner_account"] = client.pk
        token = sign_session_token(client)
        response = JsonResponse({"ok": True})
        # expect: session-cookie-insecure
        response.set_signed_cookie("partner_session", token, salt="partner", httponly=True, secure=True)
        # safe: session-cookie-insecure
        response.set_signed_cookie("partner_session_v2", token, salt="partner", httponly=True, secure=True, samesite="Strict")
        # expect: session-no-expiry
        request.session.set_expiry(60 * 60 * 24 * 14)
        return response


class StaffLoginView(View):
    def post(self, request):
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is None:
            return HttpResponse(status=401)
        login(request, user)
        # safe: session-fixation
        request.session["staff_email"] = user.email
        # safe: session-no-expiry
        request.session.set_expiry(timedelta(hours=8))
        return HttpResponse(status=204)


def kiosk_login(request):
    pin_user = authenticate(request, pin=request.POST["pin"])
    request.session.flush()
    # safe: session-fixation
    request.session["kiosk_user_id"] = pin_user.pk
    return HttpResponse(status=204)


@ensure_csrf_cookie
def bootstrap(request):
    response = JsonResponse({"ok": True})
    # safe: session-cookie-insecure
    response.set_cookie("csrftoken_hint", "1", samesite="Strict")
    return response
