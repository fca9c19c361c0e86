# Session and token authentication only: no JWT signs with SECRET_KEY.
# ok: django-simplejwt-hardcoded-signing-key
SECRET_KEY = 'django-insecure-no-jwt-here'

REST_FRAMEWORK = {
    'DEFAULT_AUTHENTICATION_CLASSES': (
        'rest_framework.authentication.SessionAuthentication',
        'rest_framework.authentication.TokenAuthentication',
    ),
}

# ruleid: django-simplejwt-hardcoded-signing-key
SIMPLE_JWT = {"ALGORITHM": "HS256", "SIGNING_KEY": "a-literal-signing-key"}
