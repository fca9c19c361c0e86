"""Mobile API views: hand-rolled PyJWT tokens plus SimpleJWT for the web app."""
import datetime
import json
import os

import jwt
from django.conf import settings
from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from rest_framework.decorators import api_view
from rest_framework_simplejwt.serializers import TokenObtainPairSerializer
from rest_framework_simplejwt.tokens import RefreshToken

from .models import DeniedToken

# expect: jwt-weak-secret
MOBILE_JWT_SECRET = "mobile-app-secret"


@require_POST
def mobile_login(request):
    body = json.loads(request.body)
    user = authenticate(request, username=body["username"], password=body["password"])
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    payload = {
        "user_id": user.pk,
        "username": user.username,
        # expect: jwt-long-lived
        "exp": datetime.datetime.utcnow() + datetime.timedelta(days=30),
    }
    token = jwt.encode(payload, MOBILE_JWT_SECRET, algorithm="HS256")
    resp = JsonResponse({"token": token})
    resp.set_cookie("mobile_jwt", token, httponly=True, secure=True, samesite="Strict")
    return resp


@require_POST
def kiosk_login(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    # expect: jwt-sensitive-payload
    token = jwt.encode({"user": user.__dict__, "exp": datetime.datetime.utcnow() + datetime.timedelta(minutes=5)},
                       # safe: jwt-weak-secret
                       settings.JWT_SIGNING_KEY, algorithm="HS256")
    return JsonResponse({"token": token})


def current_mobile_user(request):
    raw = request.headers.get("Authorization", "").removeprefix("Bearer ")
    # safe: jwt-none-algorithm
    # expect: jwt-claims-not-validated
    claims = jwt.decode(raw, settings.JWT_SIGNING_KEY, algorithms=["HS256"])
    return claims["user_id"]


# expect: jwt-no-revocation
@require_POST
def mobile_logout(request):
    resp = JsonResponse({"ok": True})
    resp.delete_cookie("mobile_jwt")
    return resp


# safe: jwt-no-revocation
@require_POST
def mobile_logout_revoking(request):
    # expect: jwt-claims-not-validated
    claims = jwt.decode(request.COOKIES["mobile_jwt"], settings.JWT_SIGNING_KEY, algorithms=["HS256"])
    DeniedToken.objects.create(jti=claims["jti"])
    resp = JsonResponse({"ok": True})
    resp.delete_cookie("mobile_jwt")
    return resp


# safe: jwt-no-revocation
@api_view(["POST"])
def web_logout(request):
    RefreshToken(request.data["refresh"]).blacklist()
    resp = JsonResponse({"detail": "logged out"})
    resp.delete_cookie("refresh_token")
    return resp


# expect: jwt-no-revocation
@api_view(["POST"])
def web_logout_cookie_only(request):
    resp = JsonResponse({"detail": "logged out"})
    resp.delete_cookie("access_token")
    resp.delete_cookie("refresh_token")
    return resp


class ProfileTokenSerializer(TokenObtainPairSerializer):
    @classmethod
    def get_token(cls, user):
        token = super().get_token(user)
        # safe: jwt-sensitive-payload
        token["username"] = user.username
        # safe: jwt-sensitive-payload
        token["is_staff"] = user.is_staff
        # expect: jwt-sensitive-payload
        token["national_id"] = user.profile.national_id
        return token
