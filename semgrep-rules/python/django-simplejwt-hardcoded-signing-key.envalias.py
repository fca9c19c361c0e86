import os

from django.conf import settings

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

SIMPLE_JWT = {
    'ALGORITHM': 'HS256',
    # ok: django-simplejwt-hardcoded-signing-key
    'SIGNING_KEY': settings.SECRET_KEY,
}

# ruleid: django-simplejwt-hardcoded-signing-key
SIMPLE_JWT = {"ALGORITHM": "HS256", "SIGNING_KEY": "a-literal-signing-key"}
