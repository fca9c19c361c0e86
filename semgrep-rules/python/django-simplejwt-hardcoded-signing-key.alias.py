from datetime import timedelta

from django.conf import settings

SECRET_KEY = 'django-insecure-@v1p9ze5i#t_w#6-%0)inor^&3eb=g+s-$(v+!!-*!vrb7ats5'

SIMPLE_JWT = {
    'ACCESS_TOKEN_LIFETIME': timedelta(minutes=5),
    'ALGORITHM': 'HS256',
    # ruleid: django-simplejwt-hardcoded-signing-key
    'SIGNING_KEY': settings.SECRET_KEY,
    # ok: django-simplejwt-hardcoded-signing-key
    'VERIFYING_KEY': None,
}
