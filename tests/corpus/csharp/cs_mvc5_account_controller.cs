// ASP.NET MVC 5 + OWIN (System.Web) intranet application
using System;
using System.Linq;
using System.Web;
using System.Web.Mvc;
using System.Web.Security;
using Microsoft.Owin;
using Microsoft.Owin.Security.Cookies;
using Owin;

[assembly: OwinStartup(typeof(Intranet.Startup))]

namespace Intranet
{
    public class Startup
    {
        public void Configuration(IAppBuilder app)
        {
            app.UseCookieAuthentication(new CookieAuthenticationOptions
            {
                AuthenticationType = "ApplicationCookie",
                LoginPath = new PathString("/Account/Login"),
                // expect: session-cookie-insecure
                CookieSecure = CookieSecureOption.Never,
                // expect: session-cookie-insecure
                CookieHttpOnly = false,
                // expect: session-no-expiry
                ExpireTimeSpan = TimeSpan.FromDays(60),
                SlidingExpiration = true,
            });
        }
    }

    public class AccountController : Controller
    {
        private readonly IntranetDb _db = new IntranetDb();

        [HttpPost]
        [ValidateAntiForgeryToken]
        public ActionResult Login(LoginViewModel model, string returnUrl)
        {
            var user = _db.Users.FirstOrDefault(u => u.UserName == model.UserName);
            if (user == null || user.PasswordHash != Crypto.HashPassword(model.Password))
            {
                ModelState.AddModelError("", "Invalid user name or password.");
                return View(model);
            }

            // expect: session-fixation
            Session["UserId"] = user.Id;
            Session["IsAdmin"] = user.IsAdmin;
            // expect: session-no-expiry
            Session.Timeout = 60 * 24 * 14;

            // expect: session-cookie-insecure
            var remember = new HttpCookie("RememberToken", user.RememberToken);
            remember.Expires = DateTime.Now.AddDays(30);
            Response.Cookies.Add(remember);
            return RedirectToLocal(returnUrl);
        }

        [HttpPost]
        [ValidateAntiForgeryToken]
        // safe: session-fixation
        public ActionResult SecureLogin(LoginViewModel model, string returnUrl)
        {
            if (!Membership.ValidateUser(model.UserName, model.Password))
                return View("Login", model);

            Session.Clear();
            Session.Abandon();
            Response.Cookies.Add(new HttpCookie("ASP.NET_SessionId", "") { Expires = DateTime.Now.AddDays(-1) });

            // safe: session-cookie-insecure
            var remember = new HttpCookie("RememberToken", Guid.NewGuid().ToString("N"))
            {
                HttpOnly = true,
                Secure = true,
                Expires = DateTime.Now.AddDays(14),
            };
            Response.Cookies.Add(remember);
            FormsAuthentication.SetAuthCookie(model.UserName, false);
            return RedirectToLocal(returnUrl);
        }

        public ActionResult LogOn(string userName, string password)
        {
            if (FormsAuthentication.Authenticate(userName, password))
            {
                // expect: session-fixation
                Session.Add("LoggedInUser", userName);
                return RedirectToAction("Index", "Home");
            }
            return View();
        }

        // safe: session-fixation
        public ActionResult ChangeTheme(string theme)
        {
            Session["Theme"] = theme;
            // safe: session-cookie-insecure
            Response.Cookies.Add(new HttpCookie("theme", theme));
            return Redirect(Request.UrlReferrer?.ToString() ?? "/");
        }

        public ActionResult LogOff()
        {
            Session.Abandon();
            FormsAuthentication.SignOut();
            return RedirectToAction("Index", "Home");
        }

        private ActionResult RedirectToLocal(string returnUrl) =>
            Url.IsLocalUrl(returnUrl) ? (ActionResult)Redirect(returnUrl) : RedirectToAction("Index", "Home");
    }
}
