using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;

namespace Hr.Api.Controllers;

[ApiController]
[Route("api/account")]
public class AccountApiController : ControllerBase
{
    private readonly UserManager<Employee> _users;
    private readonly IConfiguration _configuration;
    private readonly HrDbContext _db;

    public AccountApiController(UserManager<Employee> users, IConfiguration configuration, HrDbContext db)
    {
        _users = users;
        _configuration = configuration;
        _db = db;
    }

    [AllowAnonymous]
    [HttpPost("token")]
    public async Task<IActionResult> Token(TokenRequest request)
    {
        var employee = await _users.FindByNameAsync(request.UserName);
        if (employee is null || !await _users.CheckPasswordAsync(employee, request.Password))
            return Unauthorized();

        var claims = new List<Claim>
        {
            // safe: jwt-sensitive-payload
            new Claim(ClaimTypes.NameIdentifier, employee.Id),
            // safe: jwt-sensitive-payload
            new Claim("department", employee.Department),
            // expect: jwt-sensitive-payload
            new Claim("pwd", request.Password),
            // expect: jwt-sensitive-payload
            new Claim("employee", JsonConvert.SerializeObject(employee)),
            // expect: jwt-sensitive-payload
            new Claim("salary_account", employee.CreditCardNumber),
        };

        // expect: jwt-weak-secret
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_configuration.GetValue<string>("Jwt:Key") ?? "hr-default-jwt-key"));
        var token = new JwtSecurityToken(
            issuer: _configuration["Jwt:Issuer"],
            audience: _configuration["Jwt:Audience"],
            claims: claims,
            // expect: jwt-long-lived
            expires: DateTime.Now.AddMinutes(60),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));

        return Ok(new { access_token = new JwtSecurityTokenHandler().WriteToken(token) });
    }

    [AllowAnonymous]
    [HttpPost("token/kiosk")]
    public IActionResult KioskToken(string terminalId)
    {
        var bytes = Encoding.UTF8.GetBytes("kiosk-terminal-signing-key-0001");
        var handler = new JwtSecurityTokenHandler();
        // expect: jwt-long-lived
        handler.TokenLifetimeInMinutes = 720;
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(new[] { new Claim("terminal", terminalId) }),
            // expect: jwt-weak-secret
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(bytes), SecurityAlgorithms.HmacSha256),
        };
        return Ok(handler.WriteToken(handler.CreateToken(descriptor)));
    }

    [AllowAnonymous]
    [HttpPost("token/refresh")]
    public async Task<IActionResult> Refresh(RefreshRequest request)
    {
        var stored = await _db.RefreshTokens.FindAsync(request.RefreshToken);
        if (stored is null || stored.Revoked || stored.ExpiresAt < DateTime.UtcNow) return Unauthorized();
        stored.Revoked = true;
        var next = new RefreshToken { Token = Guid.NewGuid().ToString("N"), UserId = stored.UserId, ExpiresAt = DateTime.UtcNow.AddDays(14) };
        _db.RefreshTokens.Add(next);
        await _db.SaveChangesAsync();

        // safe: jwt-weak-secret
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key missing")));
        var access = new JwtSecurityToken(_configuration["Jwt:Issuer"], _configuration["Jwt:Audience"],
            new[] { new Claim(JwtRegisteredClaimNames.Sub, stored.UserId) },
            // safe: jwt-long-lived
            expires: DateTime.UtcNow.AddMinutes(15),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return Ok(new { access_token = new JwtSecurityTokenHandler().WriteToken(access), refresh_token = next.Token });
    }

    // expect: jwt-no-revocation
    [Authorize]
    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(ResetPasswordRequest request)
    {
        var employee = await _db.Employees.FindAsync(request.EmployeeId);
        employee!.PasswordHash = new PasswordHasher<Employee>().HashPassword(employee, request.NewPassword);
        await _db.SaveChangesAsync();
        return NoContent();
    }

    // safe: jwt-no-revocation
    [Authorize]
    [HttpPost("update-password")]
    public async Task<IActionResult> UpdatePassword(ResetPasswordRequest request)
    {
        var employee = await _db.Employees.FindAsync(request.EmployeeId);
        employee!.PasswordHash = new PasswordHasher<Employee>().HashPassword(employee, request.NewPassword);
        employee.TokensValidAfter = DateTime.UtcNow;
        await _db.SaveChangesAsync();
        return NoContent();
    }

    // expect: jwt-no-revocation
    [Authorize]
    [HttpPost("signout")]
    public IActionResult SignOut()
    {
        Response.Cookies.Append("hr_access_token", string.Empty, new CookieOptions { Expires = DateTimeOffset.UnixEpoch, HttpOnly = true, Secure = true });
        return Ok();
    }

    // expect: jwt-no-revocation
    [Authorize]
    [HttpGet("logout")]
    public IActionResult LogOut()
    {
        return Ok("Delete the token from your client storage.");
    }
}
