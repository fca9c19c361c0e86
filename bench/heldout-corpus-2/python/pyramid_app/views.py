import bcrypt
from pyramid.httpexceptions import HTTPFound
from pyramid.security import forget, remember
from pyramid.view import view_config

from .models import Account


def _check(account, password):
    return account is not None and bcrypt.checkpw(password.encode(), account.password_hash.encode())


@view_config(route_name="login", renderer="templates/login.jinja2", request_method="POST")
def login(request):
    login_name = request.params.get("login", "")
    account = request.dbsession.query(Account).filter_by(login=login_name).one_or_none()
    if not _check(account, request.params.get("password", "")):
        request.response.status = 401
        return {"error": "Login failed", "login": login_name}
    # expect: session-fixation
    request.session["account_id"] = account.id
    request.session["display_name"] = account.display_name
    headers = remember(request, account.id)
    return HTTPFound(location=request.route_url("home"), headers=headers)


@view_config(route_name="admin", renderer="templates/admin_login.jinja2", request_method="POST")
def admin_login(request):
    account = request.dbsession.query(Account).filter_by(login=request.params.get("login"), is_admin=True).one_or_none()
    if not _check(account, request.params.get("password", "")):
        return {"error": "Login failed"}
    request.session.invalidate()
    # safe: session-fixation
    request.session["admin_account_id"] = account.id
    return HTTPFound(location=request.route_url("admin"))


@view_config(route_name="logout")
def logout(request):
    request.session.invalidate()
    headers = forget(request)
    return HTTPFound(location=request.route_url("home"), headers=headers)


@view_config(route_name="page", renderer="templates/page.jinja2")
def page(request):
    request.session["last_page"] = request.matchdict["title"]
    return {"title": request.matchdict["title"]}
