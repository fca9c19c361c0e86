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


# a password reset confirmed by a mailed code: the service stores the new hash, and the
# access and refresh JWTs issued before it keep working
# ruleid: starlette-logout-without-jwt-revocation
@auth_router.post("/password-reset-confirm/{token}")
async def reset_account_password(token: str, passwords: PasswordResetConfirmModel, session=Depends(get_session)):
    token_data = decode_url_safe_token(token)
    user = await user_service.get_user_by_email(token_data.get("email"), session)
    passwd_hash = generate_passwd_hash(passwords.new_password)
    await user_service.update_user(user, {"password_hash": passwd_hash}, session)
    return JSONResponse(content={"message": "Password reset Successfully"})


# the same reset that also bumps the user's token version
# ok: starlette-logout-without-jwt-revocation
@auth_router.post("/password-reset-confirm-v2/{token}")
async def reset_account_password_v2(token: str, passwords: PasswordResetConfirmModel, session=Depends(get_session)):
    token_data = decode_url_safe_token(token)
    user = await user_service.get_user_by_email(token_data.get("email"), session)
    await user_service.update_user(user, {"password_hash": generate_passwd_hash(passwords.new_password), "token_version": user.token_version + 1}, session)
    return JSONResponse(content={"message": "Password reset Successfully"})


# a settings update that stores no password
# ok: starlette-logout-without-jwt-revocation
@auth_router.post("/reset-password-hint")
async def reset_password_hint(body: HintModel, session=Depends(get_session)):
    await user_service.update_user(body.user, {"password_hint": body.hint}, session)
    return {"ok": True}


# the token cookie is cleared by the app's helper; the JWT itself stays valid
# ruleid: starlette-logout-without-jwt-revocation
@router.post("/logout-helper")
async def logout_helper(request: Request, response: Response):
    clear_auth_cookie(request, response)
    return {"success": True}


# the helper clears the cookie and the handler revokes the token's jti
# ok: starlette-logout-without-jwt-revocation
@router.post("/logout-helper-revoke")
async def logout_helper_revoke(request: Request, response: Response):
    await revoke_token(request.cookies.get("access_token"))
    clear_auth_cookie(request, response)
    return {"success": True}


# a helper that clears a preference cookie
# ok: starlette-logout-without-jwt-revocation
@router.post("/reset-theme")
async def reset_theme(request: Request, response: Response):
    clear_theme_cookie(response)
    return {"success": True}


# an OAuth callback that clears its state cookie
# ok: starlette-logout-without-jwt-revocation
@router.get("/auth/oauth/callback")
async def oauth_callback(request: Request, response: Response):
    clear_oauth_state_cookie(response)
    return {"success": True}


# ok: starlette-logout-without-jwt-revocation
@router.post("/auth/refresh")
async def refresh_cookie(response: Response, admin_token: str):
    response.set_cookie("cookie_access_token", admin_token, httponly=True)
    response.delete_cookie("is_impersonating")
    response.delete_cookie(key="impersonated_access_token")
    return {"detail": "ok"}
