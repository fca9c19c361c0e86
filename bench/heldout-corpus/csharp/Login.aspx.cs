using System;
using System.Web;
using System.Web.Security;
using System.Web.UI;

namespace Woodgrove.Intranet
{
    /// <summary>
    /// Code-behind of the intranet login page (ASP.NET Web Forms, .NET Framework 4.8).
    /// </summary>
    public partial class Login : Page
    {
        protected System.Web.UI.WebControls.TextBox UserName;
        protected System.Web.UI.WebControls.TextBox Password;
        protected System.Web.UI.WebControls.Literal ErrorMessage;

        protected void Page_Load(object sender, EventArgs e)
        {
            if (!IsPostBack && Request.QueryString["expired"] != null)
            {
                ErrorMessage.Text = "Your session has expired. Please sign in again.";
            }
        }

        protected void LoginButton_Click(object sender, EventArgs e)
        {
            if (!Membership.ValidateUser(UserName.Text, Password.Text))
            {
                ErrorMessage.Text = "Invalid user name or password.";
                return;
            }
            var user = Membership.GetUser(UserName.Text);
            // expect: session-fixation
            Session["UserId"] = user.ProviderUserKey;
            Session["DisplayName"] = user.UserName;
            FormsAuthentication.RedirectFromLoginPage(UserName.Text, false);
        }

        protected void SmartCardLogin_Click(object sender, EventArgs e)
        {
            var certificate = Request.ClientCertificate;
            if (!certificate.IsPresent || !certificate.IsValid)
            {
                ErrorMessage.Text = "A valid smart card is required.";
                return;
            }
            var userName = CertificateDirectory.ResolveUser(certificate.Subject);
            if (userName == null || !Roles.IsUserInRole(userName, "Staff"))
            {
                ErrorMessage.Text = "Your card is not enrolled.";
                return;
            }

            Session.Clear();
            Session.Abandon();
            Response.Cookies.Add(new HttpCookie("ASP.NET_SessionId", string.Empty) { Expires = DateTime.UtcNow.AddYears(-1) });

            // safe: session-fixation
            var ticket = new FormsAuthenticationTicket(1, userName, DateTime.Now, DateTime.Now.AddMinutes(30), false, "smartcard");
            var authCookie = new HttpCookie(FormsAuthentication.FormsCookieName, FormsAuthentication.Encrypt(ticket))
            {
                // safe: session-cookie-insecure
                HttpOnly = true,
                Secure = true,
                SameSite = SameSiteMode.Strict
            };
            Response.Cookies.Add(authCookie);
            Response.Redirect("~/Default.aspx", false);
        }

        protected void KioskLogin_Click(object sender, EventArgs e)
        {
            if (!FormsAuthentication.Authenticate(UserName.Text, Password.Text))
            {
                ErrorMessage.Text = "Invalid kiosk credentials.";
                return;
            }
            // expect: session-fixation
            Session["Kiosk"] = UserName.Text;
            // expect: session-no-expiry
            Session.Timeout = 10080;
            // expect: session-cookie-insecure
            var kioskCookie = new HttpCookie("KioskToken", KioskSessions.Issue(UserName.Text));
            Response.Cookies.Add(kioskCookie);
            Response.Redirect("~/Kiosk/Home.aspx", false);
        }
    }

    internal static class KioskSessions
    {
        public static string Issue(string kioskName) => Guid.NewGuid().ToString("N") + "." + kioskName;
    }

    internal static class CertificateDirectory
    {
        public static string ResolveUser(string subject) => Membership.FindUsersByName(subject).Count == 1 ? subject : null;
    }
}
