from rest_framework_simplejwt.backends import TokenBackend
from rest_framework_simplejwt.state import token_backend


def get_user_id(request):
    token = request.META.get('HTTP_AUTHORIZATION', " ").split(' ')[1]
    # ruleid: django-simplejwt-decode-without-verify
    return TokenBackend(algorithm='HS256').decode(token, verify=False)['user_id']


def get_claims(raw):
    # ruleid: django-simplejwt-decode-without-verify
    payload = token_backend.decode(raw, False)
    return payload["role"]


def get_verified_user_id(request):
    token = request.META.get('HTTP_AUTHORIZATION', " ").split(' ')[1]
    # ok: django-simplejwt-decode-without-verify
    return token_backend.decode(token, verify=True)['user_id']


def get_verified_default(raw):
    # ok: django-simplejwt-decode-without-verify
    return token_backend.decode(raw)["user_id"]


def read_bytes(blob):
    # ok: django-simplejwt-decode-without-verify
    return blob.decode("utf-8")
