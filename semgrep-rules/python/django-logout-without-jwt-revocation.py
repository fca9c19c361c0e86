from django.http import JsonResponse
from rest_framework.decorators import api_view
from rest_framework_simplejwt.tokens import RefreshToken


# ruleid: django-logout-without-jwt-revocation
@api_view(["POST"])
def logout_view(request):
    resp = JsonResponse({"ok": True})
    resp.delete_cookie("jwt")
    return resp


# ok: django-logout-without-jwt-revocation
@api_view(["POST"])
def logout_blacklist(request):
    RefreshToken(request.data["refresh"]).blacklist()
    resp = JsonResponse({"ok": True})
    resp.delete_cookie("jwt")
    return resp


# ok: django-logout-without-jwt-revocation
def expired_token_redirect(request, exc):
    if isinstance(exc, jwt.ExpiredSignatureError):
        response = HttpResponseRedirect("/")
        response.delete_cookie("access_token")
        return response
    return None
