"""Customer support portal (FastAPI + Starlette sessions + PyJWT 2.x)."""
import os
import time

import jwt
from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.responses import RedirectResponse
from starlette.middleware.sessions import SessionMiddleware

from .crm import Customer, find_customer, verify_agent_password

app = FastAPI(title="support-portal")
app.add_middleware(
    SessionMiddleware,
    # safe: session-weak-secret
    secret_key=os.environ["PORTAL_SESSION_SECRET"],
    session_cookie="__Host-portal",
    # safe: session-no-expiry
    max_age=60 * 60 * 8,
    same_site="strict",
    # safe: session-cookie-insecure
    https_only=True,
)

HANDOFF_KEY = os.environ["PORTAL_HANDOFF_KEY"]


@app.post("/login")
async def login(request: Request):
    form = await request.form()
    agent = verify_agent_password(form.get("username", ""), form.get("password", ""))
    if agent is None:
        raise HTTPException(status_code=401)
    request.session.clear()
    # safe: session-fixation
    request.session["agent_id"] = agent.id
    return RedirectResponse("/queue", status_code=303)


def current_agent(request: Request) -> int:
    agent_id = request.session.get("agent_id")
    if agent_id is None:
        raise HTTPException(status_code=401)
    return agent_id


@app.post("/customers/{customer_id}/handoff")
def handoff_to_billing(customer_id: int, response: Response, agent_id: int = Depends(current_agent)):
    """Hands the case to the billing app, which reads the customer from the token."""
    customer: Customer = find_customer(customer_id)
    # expect: jwt-sensitive-payload
    claims = dict(customer.__dict__)
    claims.pop("_sa_instance_state", None)
    # safe: jwt-long-lived
    claims["exp"] = int(time.time()) + 900
    claims["handoff_by"] = agent_id
    token = jwt.encode(claims, HANDOFF_KEY, algorithm="HS256")
    # safe: session-cookie-insecure
    response.set_cookie("billing_handoff", token, httponly=True, secure=True, samesite="strict", max_age=900)
    return {"status": "handed-off"}


@app.get("/customers/{customer_id}/ticket-link")
def ticket_link(customer_id: int, agent_id: int = Depends(current_agent)):
    # safe: jwt-sensitive-payload
    claims = {"sub": str(customer_id), "scope": "ticket:read", "agent": agent_id}
    # safe: jwt-long-lived
    claims["exp"] = int(time.time()) + 600
    return {"url": "/t/" + jwt.encode(claims, HANDOFF_KEY, algorithm="HS256")}


@app.post("/logout")
def logout(request: Request):
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@app.get("/ui-prefs")
def ui_prefs(response: Response, theme: str = "light"):
    # safe: session-cookie-insecure
    response.set_cookie("ui_theme", theme, max_age=365 * 24 * 3600)
    return {"theme": theme}
