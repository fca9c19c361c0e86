"""PyScript front-end for the customer portal (runs in the browser via Pyodide)."""
import json

import js
from js import document, localStorage, sessionStorage, window
from pyodide.ffi import create_proxy
from pyodide.http import pyfetch

TOKEN_KEY = "portal.jwt"
API = "/api/v1"

# in-memory only: lost on reload, never written to Web Storage
_session = {"access_token": None}


async def submit_login(event):
    event.preventDefault()
    body = {"email": document.getElementById("email").value, "password": document.getElementById("password").value}
    resp = await pyfetch(f"{API}/auth/login", method="POST", headers={"Content-Type": "application/json"}, body=json.dumps(body))
    data = await resp.json()
    if resp.status != 200:
        document.getElementById("error").innerText = data.get("detail", "Login failed")
        return
    # expect: jwt-in-browser-storage
    localStorage.setItem("access_token", data["access_token"])
    # expect: jwt-in-browser-storage
    localStorage.setItem(TOKEN_KEY, data["access_token"])
    # expect: jwt-in-browser-storage
    window.localStorage.setItem("refreshToken", data["refresh_token"])
    # safe: jwt-in-browser-storage
    localStorage.setItem("last_email", body["email"])
    # safe: jwt-in-browser-storage
    _session["access_token"] = data["access_token"]
    window.location.href = "/dashboard"


async def remember_device(event):
    resp = await pyfetch(f"{API}/auth/device", method="POST")
    data = await resp.json()
    # expect: jwt-in-browser-storage
    sessionStorage.setItem("id_token", data["id_token"])
    # expect: jwt-in-browser-storage
    js.window.sessionStorage.setItem("auth", json.dumps({"token": data["token"], "exp": data["exp"]}))
    # safe: jwt-in-browser-storage
    sessionStorage.setItem("wizard_step", "2")


def set_theme(event):
    theme = event.target.value
    # safe: jwt-in-browser-storage
    localStorage.setItem("theme", theme)
    # safe: jwt-in-browser-storage
    window.localStorage.setItem("lang", document.documentElement.lang)
    document.body.className = theme


async def call_api(path):
    token = localStorage.getItem("access_token")
    return await pyfetch(f"{API}{path}", headers={"Authorization": f"Bearer {token}"})


async def refresh(event=None):
    resp = await pyfetch(f"{API}/auth/refresh", method="POST")
    data = await resp.json()
    # expect: jwt-in-browser-storage
    localStorage["access_token"] = data["access_token"]
    # expect: jwt-in-browser-storage
    localStorage.jwt = data["access_token"]
    # safe: jwt-in-browser-storage
    localStorage["sidebar_collapsed"] = "true"


def logout(event):
    localStorage.removeItem("access_token")
    window.location.href = "/login"


document.getElementById("login-form").addEventListener("submit", create_proxy(submit_login))
document.getElementById("theme").addEventListener("change", create_proxy(set_theme))
