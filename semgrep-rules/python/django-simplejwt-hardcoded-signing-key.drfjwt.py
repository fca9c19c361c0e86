# djangorestframework-jwt with its own key: SECRET_KEY only signs sessions here.
# ok: django-simplejwt-hardcoded-signing-key
SECRET_KEY = 'django-insecure-session-only-literal'

REST_FRAMEWORK = {
    'DEFAULT_AUTHENTICATION_CLASSES': [
        'rest_framework_jwt.authentication.JSONWebTokenAuthentication',
        'rest_framework.authentication.SessionAuthentication',
    ],
}

JWT_AUTH = {
    'JWT_SECRET_KEY': os.environ['JWT_SECRET_KEY'],
}

# ruleid: django-simplejwt-hardcoded-signing-key
SIMPLE_JWT = {"ALGORITHM": "HS256", "SIGNING_KEY": "a-literal-signing-key"}
