from rest_framework_simplejwt.serializers import TokenObtainPairSerializer
from rest_framework_simplejwt.tokens import RefreshToken


class MyTokenSerializer(TokenObtainPairSerializer):
    @classmethod
    def get_token(cls, user):
        token = super().get_token(user)
        # ok: django-simplejwt-sensitive-claims
        token["username"] = user.username
        # ruleid: django-simplejwt-sensitive-claims
        token["ssn"] = user.profile.ssn
        return token


def tokens_for(user):
    refresh = RefreshToken.for_user(user)
    # ruleid: django-simplejwt-sensitive-claims
    refresh["pwd"] = user.password
    return str(refresh.access_token)
