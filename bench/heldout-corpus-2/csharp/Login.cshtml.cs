using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Acme.Clinic.Data;

namespace Acme.Clinic.Pages.Account;

public class LoginModel : PageModel
{
    private readonly ClinicDbContext _db;
    private readonly IPasswordHasher<StaffUser> _hasher;

    public LoginModel(ClinicDbContext db, IPasswordHasher<StaffUser> hasher)
    {
        _db = db;
        _hasher = hasher;
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public sealed class LoginInput
    {
        [Required, EmailAddress] public string Email { get; set; } = "";
        [Required, DataType(DataType.Password)] public string Password { get; set; } = "";
        public bool FrontDesk { get; set; }
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await _db.StaffUsers.SingleOrDefaultAsync(u => u.Email == Input.Email);
        if (user is null || _hasher.VerifyHashedPassword(user, user.PasswordHash, Input.Password) == PasswordVerificationResult.Failed)
        {
            ModelState.AddModelError(string.Empty, "Invalid login attempt.");
            return Page();
        }

        if (Input.FrontDesk)
        {
            // The front-desk tablets use the lightweight session-only flow.
            // expect: session-fixation
            HttpContext.Session.SetString("StaffId", user.Id.ToString());
            HttpContext.Session.SetString("Ward", user.Ward);
            return LocalRedirect(returnUrl ?? "/frontdesk");
        }

        var identity = new ClaimsIdentity(new[]
        {
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Role, user.Role),
        }, CookieAuthenticationDefaults.AuthenticationScheme);

        // safe: session-fixation
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(returnUrl ?? "/");
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        HttpContext.Session.Clear();
        return RedirectToPage("/Index");
    }
}
