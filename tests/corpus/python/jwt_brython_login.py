"""Brython login widget for the legacy intranet page."""
import json

from browser import ajax, document, window
from browser.local_storage import storage
from browser.session_storage import storage as tab_storage


def on_login_complete(req):
    if req.status != 200:
        document["error"].text = "Login failed"
        return
    data = json.loads(req.text)
    # expect: jwt-in-browser-storage
    storage["jwt"] = data["token"]
    # expect: jwt-in-browser-storage
    tab_storage["bearer"] = data["token"]
    # expect: jwt-in-browser-storage
    window.localStorage.setItem("session_token", data["token"])
    # safe: jwt-in-browser-storage
    storage["username"] = data["display_name"]
    # safe: jwt-in-browser-storage
    tab_storage["font_size"] = "large"
    document["welcome"].text = f"Hello {data['display_name']}"


def login(ev):
    ev.preventDefault()
    req = ajax.Ajax()
    req.bind("complete", on_login_complete)
    req.open("POST", "/intranet/login", True)
    req.set_header("content-type", "application/json")
    req.send(json.dumps({"user": document["user"].value, "password": document["password"].value}))


document["login"].bind("submit", login)
