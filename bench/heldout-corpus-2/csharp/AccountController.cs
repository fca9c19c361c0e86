using System;
using System.Web;
using System.Web.Mvc;
using System.Web.Security;
using Acme.Intranet.Models;

namespace Acme.Intranet.Controllers
{
    public class AccountController : Controller
    {
        private readonly IRememberTokenService _rememberTokens = new RememberTokenService();

        [HttpGet]
        [AllowAnonymous]
        public ActionResult Login(string returnUrl)
        {
            ViewBag.ReturnUrl = returnUrl;
            return View();
        }

        [HttpPost]
        [AllowAnonymous]
        [ValidateAntiForgeryToken]
        public ActionResult Login(LoginViewModel model, string returnUrl)
        {
            if (!ModelState.IsValid || !Membership.ValidateUser(model.UserName, model.Password))
            {
                ModelState.AddModelError("", "The user name or password provided is incorrect.");
                return View(model);
            }

            // expect: session-fixation
            Session["UserName"] = model.UserName;
            Session["Roles"] = Roles.GetRolesForUser(model.UserName);
            if (model.KeepMeSignedIn)
            {
                // expect: session-no-expiry
                Session.Timeout = 60 * 24 * 30;
                // expect: session-cookie-insecure
                var remember = new HttpCookie("RememberToken", _rememberTokens.Issue(model.UserName))
                {
                    Expires = DateTime.Now.AddDays(30)
                };
                Response.Cookies.Add(remember);
            }

            return RedirectToLocal(returnUrl);
        }

        [HttpPost]
        [AllowAnonymous]
        public ActionResult SmartCardLogin(string certificateSubject)
        {
            var userName = CertificateDirectory.Resolve(certificateSubject);
            if (userName == null)
            {
                return new HttpUnauthorizedResult();
            }

            Session.Abandon();
            // safe: session-cookie-insecure
            Response.Cookies.Add(new HttpCookie("ASP.NET_SessionId", "") { Expires = DateTime.Now.AddYears(-1) });
            // safe: session-fixation
            FormsAuthentication.SetAuthCookie(userName, false);

            // safe: session-cookie-insecure
            Response.Cookies.Add(new HttpCookie("LastLoginMethod", "smartcard") { Expires = DateTime.Now.AddDays(90) });
            return RedirectToAction("Index", "Home");
        }

        [HttpPost]
        [ValidateAntiForgeryToken]
        public ActionResult LogOff()
        {
            FormsAuthentication.SignOut();
            Session.Abandon();
            // safe: session-cookie-insecure
            Response.Cookies.Add(new HttpCookie("ASP.NET_SessionId", "") { Expires = DateTime.Now.AddYears(-1) });
            return RedirectToAction("Index", "Home");
        }

        private ActionResult RedirectToLocal(string returnUrl)
        {
            if (Url.IsLocalUrl(returnUrl))
            {
                return Redirect(returnUrl);
            }
            return RedirectToAction("Index", "Home");
        }
    }
}
