using System;
using System.IdentityModel.Tokens.Jwt;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Distributed;

namespace Billing.Api.Controllers;

[ApiController]
[Route("api/session")]
[Authorize]
public class SessionController : ControllerBase
{
    private readonly IDistributedCache _revoked;
    private readonly BillingDbContext _db;
    private readonly IRefreshTokenStore _refreshTokens;

    public SessionController(IDistributedCache revoked, BillingDbContext db, IRefreshTokenStore refreshTokens)
    {
        _revoked = revoked;
        _db = db;
        _refreshTokens = refreshTokens;
    }

    // safe: jwt-no-revocation
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        var jti = User.FindFirst(JwtRegisteredClaimNames.Jti)?.Value;
        var exp = DateTimeOffset.FromUnixTimeSeconds(long.Parse(User.FindFirst("exp")!.Value));
        await _revoked.SetStringAsync($"jwt:revoked:{jti}", "1",
            new DistributedCacheEntryOptions { AbsoluteExpiration = exp });
        Response.Cookies.Delete("access_token");
        return NoContent();
    }

    // safe: jwt-no-revocation
    [HttpPost("logout-everywhere")]
    public async Task<IActionResult> LogoutEverywhere()
    {
        var user = await _db.Users.FindAsync(User.GetUserId());
        user!.TokenVersion += 1;
        await _refreshTokens.RevokeAllAsync(user.Id);
        await _db.SaveChangesAsync();
        Response.Cookies.Delete("access_token");
        Response.Cookies.Delete("refresh_token");
        return NoContent();
    }

    // safe: jwt-no-revocation
    [HttpPut("password")]
    public async Task<IActionResult> ChangePassword([FromBody] ChangePasswordRequest request)
    {
        var user = await _db.Users.FindAsync(User.GetUserId());
        user!.PasswordHash = BCrypt.Net.BCrypt.HashPassword(request.NewPassword);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await _refreshTokens.RevokeAllAsync(user.Id);
        await _db.SaveChangesAsync();
        return NoContent();
    }

    [HttpPost("refresh")]
    [AllowAnonymous]
    public async Task<IActionResult> Refresh()
    {
        var presented = Request.Cookies["refresh_token"];
        var rotated = await _refreshTokens.RotateAsync(presented);
        if (rotated is null) return Unauthorized();
        // safe: session-cookie-insecure
        Response.Cookies.Append("refresh_token", rotated.Value, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/api/session/refresh",
            Expires = rotated.ExpiresAt,
        });
        return Ok(new { accessToken = rotated.AccessToken });
    }

    // safe: jwt-no-revocation
    [HttpGet("ping")]
    public IActionResult Ping() => Ok();
}

[ApiController]
[Route("api/mobile")]
public class MobileAuthController : ControllerBase
{
    // expect: jwt-no-revocation
    [HttpPost("logout")]
    public IActionResult LogoutAsync() => Ok(new { message = "Token discarded on the device" });
}
