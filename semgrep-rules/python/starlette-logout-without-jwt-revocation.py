from fastapi import APIRouter, Response
from jose import jwt

router = APIRouter()


# ruleid: starlette-logout-without-jwt-revocation
@router.post("/logout")
async def logout(response: Response):
    response.delete_cookie(key="access_token")
    return {"detail": "bye"}


# ok: starlette-logout-without-jwt-revocation
@router.post("/logout-safe")
async def logout_safe(response: Response, token: str):
    claims = jwt.get_unverified_claims(token)
    await redis.setex(f"revoked:{claims['jti']}", 900, "1")
    response.delete_cookie(key="access_token")
    return {"detail": "bye"}


redis = None
