// Login.aspx.cs: legacy ASP.NET Web Forms back office
using System;
using System.Web;
using System.Web.Security;
using System.Web.UI;

namespace BackOffice
{
    public partial class Login : Page
    {
        protected void Page_Load(object sender, EventArgs e)
        {
            if (!IsPostBack && Request.QueryString["expired"] == "1")
                lblMessage.Text = "Your session has expired.";
        }

        protected void btnLogin_Click(object sender, EventArgs e)
        {
            if (Membership.ValidateUser(txtUserName.Text, txtPassword.Text))
            {
                // expect: session-fixation
                Session["UserName"] = txtUserName.Text;
                Session["Roles"] = string.Join(",", Roles.GetRolesForUser(txtUserName.Text));
                // expect: session-no-expiry
                Session.Timeout = 1440;

                // expect: session-no-expiry
                var ticket = new FormsAuthenticationTicket(1, txtUserName.Text, DateTime.Now, DateTime.Now.AddDays(30), chkRemember.Checked, "");
                // expect: session-cookie-insecure
                var authCookie = new HttpCookie(FormsAuthentication.FormsCookieName + "_token", FormsAuthentication.Encrypt(ticket));
                Response.Cookies.Add(authCookie);
                Response.Redirect("~/Default.aspx");
            }
            else
            {
                lblMessage.Text = "Invalid user name or password.";
            }
        }

        // safe: session-fixation
        protected void btnSecureLogin_Click(object sender, EventArgs e)
        {
            if (FormsAuthentication.Authenticate(txtUserName.Text, txtPassword.Text))
            {
                Session.Abandon();
                Response.Cookies.Add(new HttpCookie("ASP.NET_SessionId", string.Empty) { Expires = DateTime.Now.AddYears(-1) });

                // safe: session-no-expiry
                var ticket = new FormsAuthenticationTicket(1, txtUserName.Text, DateTime.Now, DateTime.Now.AddMinutes(30), false, "");
                // safe: session-cookie-insecure
                var cookie = new HttpCookie("BackOfficeAuthToken", FormsAuthentication.Encrypt(ticket));
                cookie.HttpOnly = true;
                cookie.Secure = true;
                Response.Cookies.Add(cookie);
                Response.Redirect("~/Default.aspx");
            }
        }

        protected void SignIn(string user, string password)
        {
            var account = AccountRepository.Find(user);
            if (account != null && PasswordHasher.VerifyPassword(password, account.PasswordHash))
            {
                // expect: session-fixation
                HttpContext.Current.Session["AccountId"] = account.Id;
                // safe: session-no-expiry
                HttpContext.Current.Session.Timeout = 20;
                FormsAuthentication.SetAuthCookie(user, false);
            }
        }

        // safe: session-fixation
        protected void ddlLanguage_SelectedIndexChanged(object sender, EventArgs e)
        {
            Session["Culture"] = ddlLanguage.SelectedValue;
        }
    }
}
