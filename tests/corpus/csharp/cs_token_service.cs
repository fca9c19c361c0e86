using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Orders.Api.Services;

public interface ITokenService
{
    string CreateAccessToken(AppUser user);
    string CreateRefreshToken(AppUser user);
}

public sealed class TokenService : ITokenService
{
    // expect: jwt-weak-secret
    private static readonly string SigningSecret = "7f3c9a0e-orders-signing-secret";
    private readonly JwtOptions _options;

    public TokenService(IOptions<JwtOptions> options) => _options = options.Value;

    public string CreateAccessToken(AppUser user)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningSecret));
        var credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);

        var claims = new List<Claim>
        {
            // safe: jwt-sensitive-payload
            new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            // safe: jwt-sensitive-payload
            new Claim(JwtRegisteredClaimNames.Email, user.Email),
            // safe: jwt-sensitive-payload
            new Claim(ClaimTypes.Role, user.Role),
            // expect: jwt-sensitive-payload
            new Claim("password", user.Password),
            // expect: jwt-sensitive-payload
            new Claim("ssn", user.SocialSecurityNumber ?? string.Empty),
            // expect: jwt-sensitive-payload
            new Claim("profile", JsonSerializer.Serialize(user)),
        };

        var token = new JwtSecurityToken(
            issuer: _options.Issuer,
            audience: _options.Audience,
            claims: claims,
            notBefore: DateTime.UtcNow,
            // expect: jwt-long-lived
            expires: DateTime.UtcNow.AddDays(7),
            signingCredentials: credentials);

        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string CreateRefreshToken(AppUser user)
    {
        var credentials = new SigningCredentials(
            new SymmetricSecurityKey(Convert.FromBase64String(_options.RefreshKey)), SecurityAlgorithms.HmacSha256);
        // safe: jwt-long-lived
        var refresh = new JwtSecurityToken(_options.Issuer, "refresh", new[] { new Claim("sub", user.Id.ToString()) },
            expires: DateTime.UtcNow.AddDays(30), signingCredentials: credentials);
        return new JwtSecurityTokenHandler().WriteToken(refresh);
    }

    public string CreateServiceToken(string clientId)
    {
        var handler = new JwtSecurityTokenHandler();
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(new[] { new Claim("client_id", clientId) }),
            Issuer = _options.Issuer,
            Audience = "internal",
            // expect: jwt-long-lived
            Expires = DateTime.UtcNow.AddHours(12),
            // expect: jwt-weak-secret
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.ASCII.GetBytes("service-to-service-secret")), SecurityAlgorithms.HmacSha256),
        };
        return handler.WriteToken(handler.CreateToken(descriptor));
    }

    public string CreateShortLivedToken(AppUser user)
    {
        // safe: jwt-weak-secret
        var key = new SymmetricSecurityKey(Convert.FromBase64String(Environment.GetEnvironmentVariable("ORDERS_JWT_KEY")!));
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(new[]
            {
                // safe: jwt-sensitive-payload
                new Claim("uid", user.Id.ToString()),
                // safe: jwt-sensitive-payload
                new Claim("scope", "orders:read orders:write"),
            }),
            // safe: jwt-long-lived
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        var handler = new JwtSecurityTokenHandler();
        return handler.WriteToken(handler.CreateToken(descriptor));
    }

    public string CreateLegacyToken(AppUser user)
    {
        var payload = new JwtPayload(_options.Issuer, _options.Audience, null, null, DateTime.UtcNow.AddMinutes(5));
        // safe: jwt-sensitive-payload
        payload.Add("tenant", user.TenantId);
        // expect: jwt-sensitive-payload
        payload.Add("card_number", user.CardNumber);
        // expect: jwt-none-algorithm
        var unsigned = new JwtSecurityToken(_options.Issuer, _options.Audience, new[] { new Claim("sub", user.Id.ToString()) }, null, DateTime.UtcNow.AddMinutes(5));
        return new JwtSecurityTokenHandler().WriteToken(unsigned);
    }

    private static string NewOpaqueToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
}
