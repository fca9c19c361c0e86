using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Web.Controllers;

public class AccountController : Controller
{
    private readonly ClinicDbContext _db;
    private readonly UserManager<StaffUser> _userManager;
    private readonly IPasswordHasher<Patient> _hasher;

    public AccountController(ClinicDbContext db, UserManager<StaffUser> userManager, IPasswordHasher<Patient> hasher)
    {
        _db = db;
        _userManager = userManager;
        _hasher = hasher;
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid) return View(model);
        var patient = _db.Patients.FirstOrDefault(p => p.Email == model.Email);
        if (patient == null || _hasher.VerifyHashedPassword(patient, patient.PasswordHash, model.Password) != PasswordVerificationResult.Success)
        {
            ModelState.AddModelError(string.Empty, "Invalid login attempt.");
            return View(model);
        }

        // expect: session-fixation
        HttpContext.Session.SetInt32("PatientId", patient.Id);
        HttpContext.Session.SetString("PatientName", patient.FullName);
        return RedirectToAction("Index", "Appointments");
    }

    // safe: session-fixation
    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> StaffLogin(LoginViewModel model)
    {
        var staff = await _userManager.FindByEmailAsync(model.Email);
        if (staff == null || !await _userManager.CheckPasswordAsync(staff, model.Password))
            return View(model);

        HttpContext.Session.Clear();
        HttpContext.Session.SetString("StaffId", staff.Id);

        var claims = new List<Claim>
        {
            // safe: jwt-sensitive-payload
            new Claim(ClaimTypes.NameIdentifier, staff.Id),
            // safe: jwt-sensitive-payload
            new Claim(ClaimTypes.Name, staff.UserName!),
        };
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties
            {
                IsPersistent = model.RememberMe,
                // safe: session-no-expiry
                ExpiresUtc = DateTimeOffset.UtcNow.AddHours(8),
            });
        return RedirectToAction("Index", "Dashboard");
    }

    [HttpPost]
    public async Task<IActionResult> KioskLogin(string badge, string pin)
    {
        var nurse = await _db.Nurses.SingleOrDefaultAsync(n => n.Badge == badge && n.Pin == pin);
        if (nurse is null) return Unauthorized();
        // expect: session-fixation
        HttpContext.Session.SetString("NurseBadge", nurse.Badge);
        return RedirectToAction("Ward");
    }

    [HttpPost]
    public async Task<IActionResult> RememberMe(LoginViewModel model)
    {
        var principal = await BuildPrincipalAsync(model.Email);
        var props = new AuthenticationProperties { IsPersistent = true };
        // expect: session-no-expiry
        props.ExpiresUtc = DateTimeOffset.UtcNow.AddYears(1);
        await HttpContext.SignInAsync(principal, props);
        return RedirectToAction("Index", "Home");
    }

    // safe: session-fixation
    [HttpPost]
    public IActionResult SelectClinic(int clinicId)
    {
        HttpContext.Session.SetInt32("ClinicId", clinicId);
        return RedirectToAction("Index", "Dashboard");
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        HttpContext.Session.Clear();
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToAction("Index", "Home");
    }
}
