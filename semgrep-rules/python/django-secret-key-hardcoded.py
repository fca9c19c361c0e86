import os

import environ

env = environ.Env()

# ruleid: django-secret-key-hardcoded
SECRET_KEY = "django-insecure-7x!k@3p$q9w#e2r5t8y1u4i7o0p-3s6d9f2g5h8j1k4l7"
# ruleid: django-secret-key-hardcoded
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-fallback")
# ruleid: django-secret-key-hardcoded
SECRET_KEY = env("DJANGO_SECRET_KEY", default="changeme")
# ruleid: django-secret-key-hardcoded
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="changeme")
# ok: django-secret-key-hardcoded
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
# ok: django-secret-key-hardcoded
SECRET_KEY = env("DJANGO_SECRET_KEY")
# ok: django-secret-key-hardcoded
SECRET_KEY = open("/run/secrets/django_key").read().strip()
# ok: django-secret-key-hardcoded
SECRET_KEY = config.get("site", "secret")
# ruleid: django-secret-key-hardcoded
SECRET_KEY = config.get("site", "secret", fallback="changeme")
# ruleid: django-secret-key-hardcoded
SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "changeme")
