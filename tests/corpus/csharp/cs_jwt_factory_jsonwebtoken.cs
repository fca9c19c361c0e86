using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Payments.Auth;

public static class AuthOptions
{
    public const string Issuer = "payments-api";
    public const string Audience = "payments-web";
    public const int LifetimeMinutes = 10;
}

public sealed class JwtFactory
{
    // expect: jwt-weak-secret
    private const string SecretKey = "payments_super_secret_key_1234567890";
    private static readonly TimeSpan SessionTokenLifetime = TimeSpan.FromHours(4);
    private readonly JsonWebTokenHandler _handler = new();
    private readonly IKeyVaultClient _vault;

    public JwtFactory(IKeyVaultClient vault) => _vault = vault;

    private static SigningCredentials LocalCredentials() =>
        new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SecretKey)), SecurityAlgorithms.HmacSha256);

    public string ForCustomer(Customer customer)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Audience,
            Claims = new Dictionary<string, object>
            {
                // safe: jwt-sensitive-payload
                [JwtRegisteredClaimNames.Sub] = customer.Id,
                // safe: jwt-sensitive-payload
                ["roles"] = customer.Roles,
                // expect: jwt-sensitive-payload
                ["creditCardNumber"] = customer.CreditCardNumber,
                // expect: jwt-sensitive-payload
                ["cvv"] = customer.Cvv,
            },
            // expect: jwt-long-lived
            Expires = DateTime.UtcNow.AddMonths(1),
            SigningCredentials = LocalCredentials(),
        };
        return _handler.CreateToken(descriptor);
    }

    public string ForSession(Customer customer)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(new[]
            {
                // safe: jwt-sensitive-payload
                new Claim("sub", customer.Id.ToString()),
                // expect: jwt-sensitive-payload
                new Claim("api_key", customer.ApiKey),
            }),
            // expect: jwt-long-lived
            Expires = DateTime.UtcNow.Add(SessionTokenLifetime),
            SigningCredentials = LocalCredentials(),
        };
        return _handler.CreateToken(descriptor);
    }

    public string ForPartner(string partnerId)
    {
        var expires = DateTime.UtcNow.AddSeconds(86400);
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(new[] { new Claim("partner", partnerId) }),
            // expect: jwt-long-lived
            Expires = expires,
            SigningCredentials = LocalCredentials(),
        };
        return _handler.CreateToken(descriptor);
    }

    public string Anonymous(string visitorId)
    {
        // expect: jwt-none-algorithm
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(new[] { new Claim("visitor", visitorId) }),
            Expires = DateTime.UtcNow.AddMinutes(5),
        };
        return _handler.CreateToken(descriptor);
    }

    public async Task<string> ForCustomerHardenedAsync(Customer customer)
    {
        // safe: jwt-weak-secret
        var key = new SymmetricSecurityKey(await _vault.GetSecretBytesAsync("payments-jwt-signing-key"));
        // safe: jwt-none-algorithm
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Audience,
            Subject = new ClaimsIdentity(new[] { new Claim("sub", customer.Id.ToString()) }),
            // safe: jwt-long-lived
            Expires = DateTime.UtcNow.AddMinutes(AuthOptions.LifetimeMinutes),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        return _handler.CreateToken(descriptor);
    }

    public string ForBackgroundJob(string jobId)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(new[] { new Claim("job", jobId) }),
            // safe: jwt-long-lived
            Expires = DateTime.UtcNow.AddMinutes(15),
            SigningCredentials = LocalCredentials(),
        };
        return _handler.CreateToken(descriptor);
    }
}
