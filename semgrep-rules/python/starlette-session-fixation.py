from fastapi import APIRouter, Request, HTTPException
from passlib.context import CryptContext

router = APIRouter()
pwd = CryptContext(schemes=["bcrypt"])


@router.post("/login")
async def login(request: Request, form: LoginForm):
    user = await users.get_by_email(form.email)
    if not user or not pwd.verify(form.password, user.hashed_password):
        raise HTTPException(401)
    # ruleid: starlette-session-fixation
    request.session["user_id"] = str(user.id)
    return {"ok": True}


@router.post("/v2/login")
async def login_v2(request: Request, form: LoginForm):
    user = await users.get_by_email(form.email)
    if not user or not pwd.verify(form.password, user.hashed_password):
        raise HTTPException(401)
    request.session.clear()
    # ok: starlette-session-fixation
    request.session["user_id"] = str(user.id)
    return {"ok": True}


@router.post("/prefs")
async def prefs(request: Request):
    # ok: starlette-session-fixation
    request.session["theme"] = "dark"
    return {}
