using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Distributed;

[ApiController]
[Route("api/auth")]
[Authorize]
public class SessionController : ControllerBase
{
    private readonly IDistributedCache _cache;
    private readonly AppDbContext _db;

    // ruleid: aspnetcore-logout-without-token-revocation
    [HttpPost("logout")]
    public IActionResult Logout()
    {
        Response.Cookies.Delete("access_token");
        Response.Cookies.Delete("refresh_token");
        return NoContent();
    }

    // ruleid: aspnetcore-logout-without-token-revocation
    [HttpPost("signout")]
    public IActionResult SignOut()
    {
        HttpContext.Response.Cookies.Append("jwt", "", new CookieOptions { Expires = DateTimeOffset.UnixEpoch });
        return Ok(new { message = "Signed out" });
    }

    // ruleid: aspnetcore-logout-without-token-revocation
    [HttpPost("logout-client")]
    public IActionResult LogoutAsync() => Ok(new { message = "Remove the token on the client" });

    // ok: aspnetcore-logout-without-token-revocation
    [HttpPost("logout-revoke")]
    public async Task<IActionResult> LogoutRevoked()
    {
        var jti = User.FindFirst(JwtRegisteredClaimNames.Jti)!.Value;
        await _cache.SetStringAsync($"revoked:{jti}", "1", new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(15) });
        Response.Cookies.Delete("access_token");
        return NoContent();
    }

    // ok: aspnetcore-logout-without-token-revocation
    [HttpPost("logout-all")]
    public async Task<IActionResult> Logout(CancellationToken ct)
    {
        var user = await _db.Users.FindAsync(User.GetUserId());
        user!.TokenVersion++;
        await _db.SaveChangesAsync(ct);
        Response.Cookies.Delete("access_token");
        return NoContent();
    }

    // ok: aspnetcore-logout-without-token-revocation
    [HttpPost("logout-refresh")]
    public async Task<IActionResult> LogOff(string refreshToken)
    {
        await _tokens.RevokeRefreshTokenAsync(refreshToken);
        Response.Cookies.Delete("refresh_token");
        return NoContent();
    }

    // ruleid: aspnetcore-logout-without-token-revocation
    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordRequest req)
    {
        var user = await _db.Users.FindAsync(User.GetUserId());
        user!.PasswordHash = BCrypt.Net.BCrypt.HashPassword(req.NewPassword);
        await _db.SaveChangesAsync();
        return NoContent();
    }

    // ok: aspnetcore-logout-without-token-revocation
    [HttpPost("password2")]
    public async Task<IActionResult> ResetPassword(ChangePasswordRequest req)
    {
        var user = await _db.Users.FindAsync(User.GetUserId());
        user!.PasswordHash = BCrypt.Net.BCrypt.HashPassword(req.NewPassword);
        user.SecurityStamp = Guid.NewGuid().ToString();
        await _db.SaveChangesAsync();
        return NoContent();
    }

    // ok: aspnetcore-logout-without-token-revocation
    [HttpPost("prefs")]
    public IActionResult ClearPrefs()
    {
        Response.Cookies.Delete("theme");
        return NoContent();
    }
}

public class MinimalLogout : ControllerBase
{
    // ruleid: aspnetcore-logout-without-token-revocation
    [HttpPost("/logout")]
    public IActionResult Logout()
    {
        return Ok(new { message = "Logged out. Please discard your token." });
    }

    // ok: aspnetcore-logout-without-token-revocation
    [HttpPost("/signout")]
    public Task<IActionResult> SignOutAsync() => _tokenService.RevokeCurrentAsync(User);
}

public class LogoutModel : PageModel
{
    // ruleid: aspnetcore-logout-without-token-revocation
    public IActionResult OnPost()
    {
        Response.Cookies.Delete("AuthToken");
        return RedirectToPage("/Index");
    }
}

public static class AuthEndpoints
{
    public static void Map(WebApplication app)
    {
        // ruleid: aspnetcore-logout-without-token-revocation
        app.MapPost("/auth/logout", (HttpContext ctx) =>
        {
            ctx.Response.Cookies.Delete("jwt");
            return Results.Ok();
        });
        // ruleid: aspnetcore-logout-without-token-revocation
        app.MapPost("/auth/logout-client", () => Results.Ok(new { message = "bye" }));
        // ok: aspnetcore-logout-without-token-revocation
        app.MapPost("/auth/logout-revoke", async (HttpContext ctx, IDistributedCache cache) =>
        {
            var jti = ctx.User.FindFirst("jti")!.Value;
            await cache.SetStringAsync($"revoked:{jti}", "1");
            ctx.Response.Cookies.Delete("jwt");
            return Results.Ok();
        });
        // ok: aspnetcore-logout-without-token-revocation
        app.MapPost("/auth/signout", async (ITokenStore store, HttpContext ctx) => { await store.RevokeAsync(ctx.User); return Results.NoContent(); });
        // ok: aspnetcore-logout-without-token-revocation
        app.MapPost("/auth/login", (LoginDto dto) => Results.Ok());
        // the app's own login service invalidates the refresh token's family server-side
        // ok: aspnetcore-logout-without-token-revocation
        app.MapPost("/auth/refresh/logout", ([FromServices] ILoginService logins, HttpContext ctx, RefreshDto input) =>
            PerformLogout(logins, ctx, input));
        // ok: aspnetcore-logout-without-token-revocation
        app.MapPost("/auth/logout-sessions", async (ISessionRepository sessions, HttpContext ctx) =>
        {
            await sessions.DeleteAllForUserAsync(ctx.User.Identity!.Name!);
            ctx.Response.Cookies.Delete("jwt");
            return Results.NoContent();
        });
        // a named handler method is judged where it is written
        // ok: aspnetcore-logout-without-token-revocation
        app.MapGet("/Logout", LogoutAsync);
        // the logout message's handler (another file) deletes the caller's token
        // ok: aspnetcore-logout-without-token-revocation
        app.MapGet("logout", async (IMediator mediator, HttpContext httpContext)
            => (await mediator.InvokeAsync<Result>(new LogoutMessage(httpContext))).ToHttpResult());
    }
}

public class PasswordService
{
    // the password change stamps the time before which issued tokens are refused
    // ok: aspnetcore-logout-without-token-revocation
    public Task ChangePassword(User u, string password)
    {
        var user = _users.Get().First(x => x.Id == u.Id);
        user.Password = HashHelper.HashToString(password);
        user.TokenValidTimestamp = DateTime.UtcNow;
        _users.Update(user);
        return Task.CompletedTask;
    }

    // a private helper: its callers delete the user's tokens right after it
    // ok: aspnetcore-logout-without-token-revocation
    private async Task ChangePasswordAsync(User user, string password)
    {
        user.Password = password.ToSaltedHash(user.Salt);
        await _users.SaveAsync(user);
    }

    // ruleid: aspnetcore-logout-without-token-revocation
    public async Task ResetPasswordAsync(User user, string password)
    {
        user.Password = password.ToSaltedHash(user.Salt);
        await _users.SaveAsync(user);
    }
}

public class UserManager
{
    private readonly UserManager<IdentityUser> _identityUserManager;

    // ASP.NET Identity resets the password and rotates the security stamp; the DTO's
    // plain-text field is only blanked before the user is returned
    // ok: aspnetcore-logout-without-token-revocation
    public async Task<User> ResetPassword(User user, string token)
    {
        var identityUser = await _identityUserManager.FindByNameAsync(user.Username);
        var result = await _identityUserManager.ResetPasswordAsync(identityUser, token, user.Password);
        user.Password = "";
        return user;
    }
}
