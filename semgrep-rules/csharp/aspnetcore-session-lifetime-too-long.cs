using System;
using System.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

public static class SessionSetup
{
    public static void Configure(IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                // ruleid: aspnetcore-session-lifetime-too-long
                o.ExpireTimeSpan = TimeSpan.FromDays(30);
                o.SlidingExpiration = true;
            });

        services.AddSession(o =>
        {
            // ruleid: aspnetcore-session-lifetime-too-long
            o.IdleTimeout = TimeSpan.FromDays(7);
            // ruleid: aspnetcore-session-lifetime-too-long
            o.Cookie.MaxAge = TimeSpan.FromHours(48);
        });

        services.ConfigureApplicationCookie(o =>
        {
            // ruleid: aspnetcore-session-lifetime-too-long
            o.Cookie.Expiration = new TimeSpan(365, 0, 0, 0);
            // ruleid: aspnetcore-session-lifetime-too-long
            o.ExpireTimeSpan = TimeSpan.FromMinutes(60 * 24 * 7);
        });
        services.ConfigureApplicationCookie(o =>
        {
            // ok: aspnetcore-session-lifetime-too-long
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
        });
        services.AddSession(o =>
        {
            // ok: aspnetcore-session-lifetime-too-long
            o.IdleTimeout = TimeSpan.FromMinutes(20);
        });
    }

    public static AuthenticationProperties Remember() => new AuthenticationProperties
    {
        IsPersistent = true,
        // ruleid: aspnetcore-session-lifetime-too-long
        ExpiresUtc = DateTimeOffset.UtcNow.AddDays(90),
    };

    public static AuthenticationProperties Short() => new AuthenticationProperties
    {
        // ok: aspnetcore-session-lifetime-too-long
        ExpiresUtc = DateTimeOffset.UtcNow.AddHours(8),
    };

    // a one-day cap on a login-code sign-in: shorter than the cookie's 14-day default
    public static void LoginCode(AuthenticationProperties session)
    {
        // ok: aspnetcore-session-lifetime-too-long
        session.ExpiresUtc = DateTimeOffset.UtcNow.AddDays(1.0);
    }

    public static void TwoDays(AuthenticationProperties session)
    {
        // ruleid: aspnetcore-session-lifetime-too-long
        session.ExpiresUtc = DateTimeOffset.UtcNow.AddHours(48);
    }

    public static void Legacy(HttpContext ctx, string user)
    {
        // ruleid: aspnetcore-session-lifetime-too-long
        ctx.Session.Timeout = 10080;
        // ok: aspnetcore-session-lifetime-too-long
        ctx.Session.Timeout = 20;
        // ruleid: aspnetcore-session-lifetime-too-long
        var ticket = new FormsAuthenticationTicket(1, user, DateTime.Now, DateTime.Now.AddDays(30), true, "");
    }
}

public class HandMadeFormsCookieLifetime : System.Web.Mvc.Controller
{
    private void IssueTicket(string user)
    {
        var ticket = new FormsAuthenticationTicket(user, true, 30);
        var cookie = new HttpCookie(FormsAuthentication.FormsCookieName, FormsAuthentication.Encrypt(ticket))
        {
            // ruleid: aspnetcore-session-lifetime-too-long
            Expires = DateTime.Now.AddYears(20)
        };
        Response.Cookies.Add(cookie);

        var remembered = new HttpCookie("AuthSession", FormsAuthentication.Encrypt(ticket));
        // ruleid: aspnetcore-session-lifetime-too-long
        remembered.Expires = DateTime.UtcNow.AddDays(90);
        Response.Cookies.Add(remembered);

        // ok: aspnetcore-session-lifetime-too-long
        Response.Cookies.Add(new HttpCookie(FormsAuthentication.FormsCookieName, "") { Expires = DateTime.Now.AddYears(-1) });
        // ok: aspnetcore-session-lifetime-too-long
        Response.Cookies.Add(new HttpCookie("theme", "dark") { Expires = DateTime.Now.AddYears(1) });
        // ok: aspnetcore-session-lifetime-too-long
        Response.Cookies.Add(new HttpCookie(FormsAuthentication.FormsCookieName, FormsAuthentication.Encrypt(ticket)) { Expires = DateTime.Now.AddMinutes(30) });
    }
}
