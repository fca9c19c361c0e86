import os
from datetime import timedelta

# ruleid: django-simplejwt-hardcoded-signing-key
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
    "SIGNING_KEY": "simplejwt-signing-key",
}

# ok: django-simplejwt-hardcoded-signing-key
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
    "SIGNING_KEY": os.environ["JWT_SIGNING_KEY"],
}
