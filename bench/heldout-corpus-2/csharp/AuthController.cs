using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Acme.Orders.Api.Auth;
using Acme.Orders.Api.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Acme.Orders.Api.Controllers;

[ApiController]
[Route("api/auth")]
public class AuthController : ControllerBase
{
    private readonly OrdersDbContext _db;
    private readonly JwtTokenService _tokens;
    private readonly IPasswordHasher<Customer> _hasher;
    private readonly IRevokedTokenStore _revoked;

    public AuthController(OrdersDbContext db, JwtTokenService tokens, IPasswordHasher<Customer> hasher, IRevokedTokenStore revoked)
    {
        _db = db;
        _tokens = tokens;
        _hasher = hasher;
        _revoked = revoked;
    }

    [HttpPost("login")]
    [AllowAnonymous]
    public async Task<IActionResult> Login([FromBody] LoginRequest request, CancellationToken ct)
    {
        var customer = await _db.Customers.SingleOrDefaultAsync(c => c.Email == request.Email, ct);
        if (customer is null ||
            _hasher.VerifyHashedPassword(customer, customer.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            return Unauthorized();
        }

        var accessToken = _tokens.CreateAccessToken(customer);
        // expect: session-cookie-insecure
        Response.Cookies.Append("access_token", accessToken);
        // safe: session-cookie-insecure
        Response.Cookies.Append("orders_ui_region", request.Region ?? "eu");

        var refresh = await _tokens.CreateRefreshTokenAsync(customer, ct);
        return Ok(new { refreshToken = refresh });
    }

    [HttpPost("logout")]
    [Authorize]
    public IActionResult Logout()
    {
        // expect: jwt-no-revocation
        Response.Cookies.Delete("access_token");
        return NoContent();
    }

    [HttpPost("logout/current")]
    [Authorize]
    public async Task<IActionResult> RevokeCurrent(CancellationToken ct)
    {
        var jti = User.FindFirstValue(JwtRegisteredClaimNames.Jti);
        var exp = DateTimeOffset.FromUnixTimeSeconds(long.Parse(User.FindFirstValue(JwtRegisteredClaimNames.Exp)!));
        // safe: jwt-no-revocation
        await _revoked.RevokeAsync(jti!, exp, ct);
        Response.Cookies.Delete("access_token");
        return NoContent();
    }

    [HttpPut("password")]
    [Authorize]
    public async Task<IActionResult> ChangePassword([FromBody] ChangePasswordRequest request, CancellationToken ct)
    {
        var id = Guid.Parse(User.FindFirstValue(JwtRegisteredClaimNames.Sub)!);
        var customer = await _db.Customers.FindAsync(new object[] { id }, ct);
        if (customer is null ||
            _hasher.VerifyHashedPassword(customer, customer.PasswordHash, request.CurrentPassword) == PasswordVerificationResult.Failed)
        {
            return Forbid();
        }

        // expect: jwt-no-revocation
        customer.PasswordHash = _hasher.HashPassword(customer, request.NewPassword);
        await _db.SaveChangesAsync(ct);
        return NoContent();
    }
}
