using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Acme.Orders.Api.Data;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Orders.Api.Auth;

public sealed class JwtTokenService
{
    private readonly IConfiguration _configuration;
    private readonly OrdersDbContext _db;
    private readonly SigningCredentials _credentials;

    public JwtTokenService(IConfiguration configuration, OrdersDbContext db)
    {
        _configuration = configuration;
        _db = db;
        // safe: jwt-weak-secret
        var key = new SymmetricSecurityKey(Convert.FromBase64String(Environment.GetEnvironmentVariable("ORDERS_JWT_KEY")!));
        _credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
    }

    public string CreateAccessToken(Customer customer)
    {
        var claims = new List<Claim>
        {
            // safe: jwt-sensitive-payload
            new Claim(JwtRegisteredClaimNames.Sub, customer.Id.ToString()),
            new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            new Claim(ClaimTypes.Role, customer.IsWholesale ? "wholesale" : "retail"),
            // expect: jwt-sensitive-payload
            new Claim("ssn", customer.TaxIdentifier),
        };

        var token = new JwtSecurityToken(
            issuer: _configuration["Jwt:Issuer"],
            audience: _configuration["Jwt:Audience"],
            claims: claims,
            notBefore: DateTime.UtcNow,
            // expect: jwt-long-lived
            expires: DateTime.UtcNow.AddDays(7),
            signingCredentials: _credentials);

        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string CreateStepUpToken(Customer customer, string action)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _configuration["Jwt:Issuer"],
            Audience = "orders-step-up",
            Subject = new ClaimsIdentity(new[]
            {
                new Claim(JwtRegisteredClaimNames.Sub, customer.Id.ToString()),
                new Claim("act", action),
            }),
            // safe: jwt-long-lived
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = _credentials,
        };
        var handler = new JwtSecurityTokenHandler();
        return handler.WriteToken(handler.CreateToken(descriptor));
    }

    public async Task<string> CreateRefreshTokenAsync(Customer customer, CancellationToken ct)
    {
        var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        _db.RefreshTokens.Add(new RefreshToken
        {
            CustomerId = customer.Id,
            TokenHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value))),
            // safe: jwt-long-lived
            ExpiresAt = DateTime.UtcNow.AddDays(30),
            Family = Guid.NewGuid(),
        });
        await _db.SaveChangesAsync(ct);
        return value;
    }
}
