using System;
using System.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public partial class LoginPage : System.Web.UI.Page
{
    protected void btnLogin_Click(object sender, EventArgs e)
    {
        if (Membership.ValidateUser(txtUser.Text, txtPassword.Text))
        {
            // ruleid: aspnetcore-session-fixation-login
            Session["User"] = txtUser.Text;
            FormsAuthentication.RedirectFromLoginPage(txtUser.Text, false);
        }
    }

    // ok: aspnetcore-session-fixation-login
    protected void btnSecureLogin_Click(object sender, EventArgs e)
    {
        if (FormsAuthentication.Authenticate(txtUser.Text, txtPassword.Text))
        {
            Session.Abandon();
            Response.Cookies.Add(new HttpCookie("ASP.NET_SessionId", ""));
            FormsAuthentication.SetAuthCookie(txtUser.Text, false);
        }
    }
}

public class AccountController : Controller
{
    [HttpPost]
    public async Task<IActionResult> SignIn(LoginViewModel model)
    {
        var user = await _db.Users.SingleOrDefaultAsync(u => u.Email == model.Email);
        if (user == null || !BCrypt.Net.BCrypt.Verify(model.Password, user.PasswordHash))
            return View(model);
        // ruleid: aspnetcore-session-fixation-login
        HttpContext.Session.SetString("UserId", user.Id.ToString());
        return RedirectToAction("Index", "Home");
    }

    [HttpPost]
    public IActionResult Login(LoginViewModel model)
    {
        var user = _db.Users.FirstOrDefault(u => u.Email == model.Email && u.Password == model.Password);
        if (user == null) return View(model);
        // ruleid: aspnetcore-session-fixation-login
        HttpContext.Session.SetInt32("uid", user.Id);
        return RedirectToAction("Index");
    }

    // ok: aspnetcore-session-fixation-login
    [HttpPost]
    public async Task<IActionResult> LoginSecure(LoginViewModel model)
    {
        var user = await _userManager.FindByEmailAsync(model.Email);
        if (user == null || !await _userManager.CheckPasswordAsync(user, model.Password)) return View(model);
        HttpContext.Session.Clear();
        HttpContext.Session.SetString("UserId", user.Id);
        return RedirectToAction("Index");
    }

    // ok: aspnetcore-session-fixation-login
    [HttpPost]
    public IActionResult SetLanguage(string culture)
    {
        HttpContext.Session.SetString("culture", culture);
        return LocalRedirect("/");
    }
}

public class LoginModel : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await _users.FindByEmailAsync(Input.Email);
        if (user is null || user.Password != Hash(Input.Password)) return Page();
        // ruleid: aspnetcore-session-fixation-login
        HttpContext.Session.SetString("user", user.Email);
        return RedirectToPage("/Index");
    }
}

public static class LoginEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/login", async (HttpContext ctx, LoginDto dto, IUserService users) =>
        {
            var user = await users.FindAsync(dto.UserName, dto.Password);
            if (user is null) return Results.Unauthorized();
            // ruleid: aspnetcore-session-fixation-login
            ctx.Session.SetString("uid", user.Id.ToString());
            return Results.Ok();
        });
        // ok: aspnetcore-session-fixation-login
        app.MapPost("/api/login2", async (HttpContext ctx, LoginDto dto, IUserService users) =>
        {
            var user = await users.FindAsync(dto.UserName, dto.Password);
            if (user is null) return Results.Unauthorized();
            ctx.Session.Clear();
            ctx.Session.SetString("uid", user.Id.ToString());
            return Results.Ok();
        });
        // ok: aspnetcore-session-fixation-login
        app.MapPost("/api/cart", (HttpContext ctx, int item) =>
        {
            ctx.Session.SetInt32("lastItem", item);
            return Results.Ok();
        });
    }
}

public partial class StaffLogin : System.Web.UI.Page
{
    protected void Submit_Click(object sender, EventArgs e)
    {
        string staffId = txtStaff.Text;
        bool ok = Directory.Authenticate(staffId, txtPin.Text);
        if (ok)
        {
            // ruleid: aspnetcore-session-fixation-login
            Session["staff"] = staffId;
            // ok: aspnetcore-session-fixation-login
            Session["staffRole"] = Directory.RoleOf(staffId);
            FormsAuthentication.SetAuthCookie(staffId, false);
        }
    }
}

public class SignInController : System.Web.Mvc.Controller
{
    private readonly UserStore users = new UserStore();

    [System.Web.Mvc.HttpPost]
    public System.Web.Mvc.ActionResult Index(LoginForm form)
    {
        var account = users.Find(form.Name, form.Password);
        if (account == null)
        {
            return View(form);
        }
        else
        {
            FormsAuthentication.SetAuthCookie(account.Name, false);
            // ruleid: aspnetcore-session-fixation-login
            Session["role"] = account.Role;
            // ok: aspnetcore-session-fixation-login
            Session["display"] = account.Name;
            return RedirectToAction("Index", "Home");
        }
    }

    [System.Web.Mvc.HttpPost]
    public System.Web.Mvc.ActionResult Enter(LoginForm form)
    {
        var account = users.Find(form.Name, form.Password);
        if (account != null)
        {
            // ruleid: aspnetcore-session-fixation-login
            Session["who"] = account.Name;
            FormsAuthentication.SetAuthCookie(account.Name, false);
        }
        return RedirectToAction("Index", "Home");
    }

    [System.Web.Mvc.HttpPost]
    public System.Web.Mvc.ActionResult Renewed(LoginForm form)
    {
        var account = users.Find(form.Name, form.Password);
        if (account != null)
        {
            Session.Abandon();
            FormsAuthentication.SetAuthCookie(account.Name, false);
            // ok: aspnetcore-session-fixation-login
            Session["role"] = account.Role;
        }
        return RedirectToAction("Index", "Home");
    }

    public System.Web.Mvc.ActionResult Preferences(string theme)
    {
        // ok: aspnetcore-session-fixation-login
        Session["skin"] = theme;
        return View();
    }
}

public static class MinimalApiLogins
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/session/badge", (HttpContext ctx, BadgeLogin body) =>
        {
            if (!BadgeDirectory.Check(body.BadgeId, body.Pin))
            {
                return Results.Unauthorized();
            }
            // ruleid: aspnetcore-session-fixation-login
            ctx.Session.SetString("BadgeId", body.BadgeId);
            // ok: aspnetcore-session-fixation-login
            ctx.Session.SetString("Depot", body.Depot);
            return Results.NoContent();
        });

        app.MapPost("/session/badge2", async (HttpContext ctx, BadgeLogin body) =>
        {
            if (!await BadgeDirectory.CheckAsync(body.BadgeId, body.Pin))
            {
                return Results.Unauthorized();
            }
            ctx.Session.Clear();
            await ctx.Session.CommitAsync();
            // ok: aspnetcore-session-fixation-login
            ctx.Session.SetString("BadgeId", body.BadgeId);
            return Results.NoContent();
        });

        // no credential in the request: a preference, not a login
        app.MapPost("/session/depot", (HttpContext ctx, DepotChoice body) =>
        {
            // ok: aspnetcore-session-fixation-login
            ctx.Session.SetString("Depot", body.Depot);
            return Results.NoContent();
        });
    }
}
