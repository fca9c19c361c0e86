// Pages/Account/Login.cshtml.cs
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Library.Web.Pages.Account;

public static class SessionKeys
{
    public const string MemberId = "member:id";
    public const string MemberName = "member:name";
}

public class LoginModel : PageModel
{
    private readonly ILibraryMembers _members;

    public LoginModel(ILibraryMembers members) => _members = members;

    [BindProperty] public InputModel Input { get; set; } = new();

    public void OnGet(string? returnUrl = null) => ViewData["ReturnUrl"] = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        if (!ModelState.IsValid) return Page();

        var member = await _members.FindByCardNumberAsync(Input.CardNumber);
        if (member is null || !BCrypt.Net.BCrypt.EnhancedVerify(Input.Pin, member.PinHash))
        {
            ModelState.AddModelError(string.Empty, "Unknown card or wrong PIN");
            return Page();
        }

        // expect: session-fixation
        HttpContext.Session.SetInt32(SessionKeys.MemberId, member.Id);
        HttpContext.Session.SetString(SessionKeys.MemberName, member.DisplayName);
        return LocalRedirect(returnUrl ?? "/");
    }

    // safe: session-fixation
    public async Task<IActionResult> OnPostStaffAsync()
    {
        var staff = await _members.FindStaffAsync(Input.CardNumber);
        if (staff is null || !await _members.ValidatePasswordAsync(staff, Input.Pin)) return Page();
        HttpContext.Session.Clear();
        HttpContext.Response.Cookies.Delete(".Library.Session");
        HttpContext.Session.SetInt32(SessionKeys.MemberId, staff.Id);
        return RedirectToPage("/Staff/Index");
    }

    public class InputModel
    {
        [Required] public string CardNumber { get; set; } = "";
        [Required] public string Pin { get; set; } = "";
    }
}

public class SearchModel : PageModel
{
    // safe: session-fixation
    public IActionResult OnPost(string query)
    {
        HttpContext.Session.SetString("lastQuery", query);
        return RedirectToPage();
    }
}

public class SelfCheckoutController : Controller
{
    private readonly ILibraryMembers _members;

    public SelfCheckoutController(ILibraryMembers members) => _members = members;

    [HttpPost]
    public async Task<IActionResult> Authenticate(string card, string pin)
    {
        var member = await _members.ValidateCredentialsAsync(card, pin);
        if (member is null) return Unauthorized();
        // expect: session-fixation
        HttpContext.Session.SetInt32("checkout-member", member.Id);
        return RedirectToAction(nameof(Scan));
    }

    public IActionResult Scan() => View();
}
