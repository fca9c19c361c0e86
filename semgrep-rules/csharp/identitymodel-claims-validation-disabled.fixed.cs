using System;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

public static class JwtConfig
{
    public static void Add(IServiceCollection services, IConfiguration config, SecurityKey key)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    IssuerSigningKey = key,
                    // ruleid: identitymodel-claims-validation-disabled
                    ValidateIssuer = false,
                    // ok: identitymodel-claims-validation-disabled
                    ValidateAudience = false,
                    // ruleid: identitymodel-claims-validation-disabled
                    ValidateLifetime = true,
                    // ruleid: identitymodel-claims-validation-disabled
                    ClockSkew = TimeSpan.FromDays(1),
                };
                // ruleid: identitymodel-claims-validation-disabled
                o.TokenValidationParameters.RequireExpirationTime = true;
            });

        var tvp = new TokenValidationParameters();
        // ruleid: identitymodel-claims-validation-disabled
        tvp.ValidateLifetime = true;
        // ruleid: identitymodel-claims-validation-disabled
        tvp.ClockSkew = TimeSpan.FromMinutes(30);
        // ruleid: identitymodel-claims-validation-disabled
        tvp.LifetimeValidator = (notBefore, expires, token, p) => true;
        // ruleid: identitymodel-claims-validation-disabled
        tvp.AudienceValidator = (audiences, token, p) => true;
        // ruleid: identitymodel-claims-validation-disabled
        tvp.IssuerValidator = (issuer, token, p) => issuer;

        var good = new TokenValidationParameters
        {
            // ok: identitymodel-claims-validation-disabled
            ValidateIssuer = true,
            ValidIssuer = config["Jwt:Issuer"],
            // ok: identitymodel-claims-validation-disabled
            ValidateAudience = true,
            ValidAudience = config["Jwt:Audience"],
            // ok: identitymodel-claims-validation-disabled
            ValidateLifetime = true,
            // ok: identitymodel-claims-validation-disabled
            ClockSkew = TimeSpan.FromSeconds(30),
            // ok: identitymodel-claims-validation-disabled
            ValidateIssuerSigningKey = false,
        };
        // ok: identitymodel-claims-validation-disabled
        good.ClockSkew = TimeSpan.Zero;
        // ok: identitymodel-claims-validation-disabled
        good.IssuerValidator = (issuer, token, p) => TenantIssuers.Contains(issuer) ? issuer : throw new SecurityTokenInvalidIssuerException(issuer);
    }
}

public static class SelfIssued
{
    public static TokenValidationParameters Build(byte[] appKey) => new TokenValidationParameters
    {
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = new SymmetricSecurityKey(appKey),
        // ok: identitymodel-claims-validation-disabled
        ValidateIssuer = false,
        // ok: identitymodel-claims-validation-disabled
        ValidateAudience = false,
    };

    public static TokenValidationParameters NoExpiry(byte[] appKey) => new TokenValidationParameters
    {
        IssuerSigningKey = new SymmetricSecurityKey(appKey),
        // ok: identitymodel-claims-validation-disabled
        ValidateAudience = false,
        // ruleid: identitymodel-claims-validation-disabled
        ValidateLifetime = true,
    };
}

public static class PartnerTokens
{
    public static TokenValidationParameters Build(string authority) => new TokenValidationParameters
    {
        ValidIssuer = authority,
        // ruleid: identitymodel-claims-validation-disabled
        ValidateAudience = false,
        // ok: identitymodel-claims-validation-disabled
        ValidateIssuer = false,
    };
}

public class RefreshFlow
{
    private readonly SymmetricSecurityKey _key;

    // the refresh endpoint names the user from the expired access token; the stored refresh token decides
    private ClaimsPrincipal GetPrincipalFromExpiredToken(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = _key,
            // ok: identitymodel-claims-validation-disabled
            ValidateLifetime = false
        };
        return new JwtSecurityTokenHandler().ValidateToken(token, parameters, out _);
    }
}

public static class LifetimeValidators
{
    public static void Configure(TokenValidationParameters p, TokenValidationParameters q, TokenValidationParameters r)
    {
        // ruleid: identitymodel-claims-validation-disabled
        p.LifetimeValidator = (DateTime? notBefore, DateTime? expires, SecurityToken securityToken, TokenValidationParameters validationParameters) =>
        {
            if (expires == null)
            {
                return true;
            }
            else
            {
                return expires.Value > DateTime.UtcNow;
            }
        };
        // ruleid: identitymodel-claims-validation-disabled
        q.LifetimeValidator = (nbf, exp, token, prm) => !exp.HasValue || exp.Value > DateTime.UtcNow;
        // ok: identitymodel-claims-validation-disabled
        r.LifetimeValidator = (nbf, exp, token, prm) => exp != null && exp.Value > DateTime.UtcNow;
        // ok: identitymodel-claims-validation-disabled
        r.LifetimeValidator = (DateTime? nbf, DateTime? exp, SecurityToken token, TokenValidationParameters prm) =>
        {
            if (exp == null)
            {
                return false;
            }
            return exp.Value > DateTime.UtcNow;
        };
    }
}
