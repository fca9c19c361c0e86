using System;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class TokenCookieController : ControllerBase
{
    [HttpPost("login")]
    public IActionResult Login(LoginRequest req)
    {
        var jwt = _tokens.Issue(req.UserName);
        // ruleid: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("access_token", jwt);
        // ruleid: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("refresh_token", _tokens.Refresh(), new CookieOptions { HttpOnly = true, Secure = true });
        // ruleid: aspnetcore-token-cookie-missing-flags
        HttpContext.Response.Cookies.Append("jwt", jwt, new CookieOptions { HttpOnly = true, Expires = DateTimeOffset.UtcNow.AddMinutes(15) });
        // ruleid: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("SessionId", Guid.NewGuid().ToString(), new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.None });

        var options = new CookieOptions { Expires = DateTimeOffset.UtcNow.AddHours(1) };
        // ruleid: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("auth", jwt, options);

        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("access_token", jwt, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict });
        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("theme", "dark");
        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("XSRF-TOKEN", _antiforgery.GetAndStoreTokens(HttpContext).RequestToken!, new CookieOptions { HttpOnly = false });

        var hardened = new CookieOptions { Expires = DateTimeOffset.UtcNow.AddMinutes(15) };
        hardened.HttpOnly = true;
        hardened.Secure = true;
        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("refresh_token", jwt, hardened);
        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("id_token", jwt, new CookieOptions { HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax });
        return Ok();
    }

    [HttpPost("logout")]
    public IActionResult Logout()
    {
        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("access_token", "", new CookieOptions { Expires = DateTimeOffset.UnixEpoch });
        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Add(new HttpCookie("ASP.NET_SessionId", string.Empty) { Expires = DateTime.Now.AddYears(-1) });
        return Ok();
    }
}

public class LegacyLogin : System.Web.UI.Page
{
    protected void SignIn(string token)
    {
        // ruleid: aspnetcore-token-cookie-missing-flags
        var cookie = new HttpCookie("AuthToken", token);
        Response.Cookies.Add(cookie);

        // ok: aspnetcore-token-cookie-missing-flags
        var safe = new HttpCookie("AuthToken", token);
        safe.HttpOnly = true;
        safe.Secure = true;
        Response.Cookies.Add(safe);

        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Add(new HttpCookie("SessionKey", token) { HttpOnly = true, Secure = true });
    }
}

public class HandMadeFormsCookie : System.Web.Mvc.Controller
{
    private void IssueTicket(string user)
    {
        var ticket = new FormsAuthenticationTicket(user, false, 30);
        // ruleid: aspnetcore-token-cookie-missing-flags
        var cookie = new HttpCookie(FormsAuthentication.FormsCookieName, FormsAuthentication.Encrypt(ticket)) { Path = "/" };
        Response.Cookies.Add(cookie);

        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Add(new HttpCookie(FormsAuthentication.FormsCookieName, FormsAuthentication.Encrypt(ticket)) { Secure = true, HttpOnly = true });

        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Add(new HttpCookie("theme", "dark") { Path = "/" });
    }
}

public class NeutralNameTokenCookie
{
    public HttpResponse Write(HttpResponse response, string jwtToken, string culture)
    {
        // ruleid: aspnetcore-token-cookie-missing-flags
        response.Cookies.Append("UserCookie", jwtToken);
        // ok: aspnetcore-token-cookie-missing-flags
        response.Cookies.Append("UserCookie", jwtToken, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict });
        // ok: aspnetcore-token-cookie-missing-flags
        response.Cookies.Append("Culture", culture);
        return response;
    }
}

public class LoginChoiceController : ControllerBase
{
    // cookies that carry no credential: the return URL and the chosen external provider
    public IActionResult Remember(string returnUrl, string provider)
    {
        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("auth_return_url", returnUrl);
        // ok: aspnetcore-token-cookie-missing-flags
        Response.Cookies.Append("login_provider", provider);
        return Ok();
    }
}

public class KeyCookieIssuer
{
    internal System.Web.HttpCookie LoginCookie(string signedValue)
    {
        // ruleid: aspnetcore-token-cookie-missing-flags
        var apiCookie = new HttpCookie("X-KEY")
        {
            Value = signedValue
        };
        return apiCookie;
    }

    internal System.Web.HttpCookie Layout(string value)
    {
        // ok: aspnetcore-token-cookie-missing-flags
        var layout = new HttpCookie("grid-monkey")
        {
            Value = value
        };
        return layout;
    }
}
