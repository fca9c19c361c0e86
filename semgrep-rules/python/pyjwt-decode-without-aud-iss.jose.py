from jose import JWTError, jwt

from .config import settings


def verify_access_token(token: str, credentials_exception):
    try:
        # ruleid: pyjwt-decode-without-aud-iss
        payload = jwt.decode(token, settings.jwt_secret, algorithms=[settings.jwt_algorithm])
    except JWTError:
        raise credentials_exception
    return payload.get("user_id")


def verify_scoped(token: str):
    # ok: pyjwt-decode-without-aud-iss
    return jwt.decode(token, settings.jwt_secret, algorithms=["HS256"], audience="files", issuer="files-auth")


def verify_then_check(token: str):
    # ok: pyjwt-decode-without-aud-iss
    claims = jwt.decode(token, settings.jwt_secret, algorithms=["HS256"])
    if claims["aud"] != "files":
        raise JWTError("wrong audience")
    return claims
