from fastapi import APIRouter, Depends, HTTPException, Response
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


ACCESS_TOKEN_TTL_MINUTES = 15


# ruleid: starlette-logout-without-jwt-revocation
@router.post("/reset-password/confirm")
def confirm_new_password(data: dict, db=Depends(get_db)):
    user = db.query(User).filter(User.email == data["email"]).first()
    if user is None or user.reset_code != data["code"]:
        raise HTTPException(status_code=400, detail="invalid code")
    update_user_password(db, user, data["new_password"])
    user.reset_code = None
    db.commit()
    return {"detail": "password updated"}


# ok: starlette-logout-without-jwt-revocation
@router.post("/reset-password/confirm-v2")
def confirm_new_password_v2(data: dict, db=Depends(get_db)):
    user = db.query(User).filter(User.email == data["email"]).first()
    update_user_password(db, user, data["new_password"])
    user.token_version += 1
    db.commit()
    return {"detail": "password updated"}
