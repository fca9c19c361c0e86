import json
from js import localStorage, sessionStorage, window
import js
from pyodide.http import pyfetch


async def login(username, password):
    resp = await pyfetch("/api/login", method="POST", body=json.dumps({"u": username, "p": password}))
    data = await resp.json()
    # ruleid: pyscript-token-in-web-storage
    localStorage.setItem("access_token", data["access_token"])
    # ruleid: pyscript-token-in-web-storage
    window.localStorage.setItem("jwt", data["token"])
    # ruleid: pyscript-token-in-web-storage
    js.window.sessionStorage.setItem("refreshToken", data["refresh_token"])
    # ruleid: pyscript-token-in-web-storage
    sessionStorage.setItem("user", data["id_token"])
    # ruleid: pyscript-token-in-web-storage
    localStorage.authToken = data["token"]
    # ok: pyscript-token-in-web-storage
    localStorage.setItem("theme", "dark")
    # ok: pyscript-token-in-web-storage
    localStorage.setItem("lang", data["locale"])
    # ok: pyscript-token-in-web-storage
    localStorage.removeItem("access_token")
