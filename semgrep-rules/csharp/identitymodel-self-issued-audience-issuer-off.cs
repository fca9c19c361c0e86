using System;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

public static class ApiAuth
{
    public static void Add(IServiceCollection services, IConfiguration config)
    {
        var key = Encoding.UTF8.GetBytes(config["Jwt:Key"]!);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKey = new SymmetricSecurityKey(key),
                    // ruleid: identitymodel-self-issued-audience-issuer-off
                    ValidateIssuer = false,
                    // each switch is its own finding: either one lets a token minted for another service or issuer in
                    // ruleid: identitymodel-self-issued-audience-issuer-off
                    ValidateAudience = false,
                };
            });
    }

    public static TokenValidationParameters Pinned(byte[] key, string issuer, string audience) => new TokenValidationParameters()
    {
        IssuerSigningKey = new SymmetricSecurityKey(key),
        ValidIssuer = issuer,
        // ok: identitymodel-self-issued-audience-issuer-off
        ValidateIssuer = true,
        ValidAudience = audience,
    };

    public static TokenValidationParameters Lifetime(byte[] key) => new TokenValidationParameters
    {
        IssuerSigningKey = new SymmetricSecurityKey(key),
        // ok: identitymodel-self-issued-audience-issuer-off
        ValidateAudience = false,
        ValidateLifetime = false,
    };

    public static TokenValidationParameters Authority(string issuer) => new TokenValidationParameters
    {
        ValidIssuer = issuer,
        // ok: identitymodel-self-issued-audience-issuer-off
        ValidateAudience = false,
    };

    // the refresh flow reads the expired access token on purpose; issuer and audience are still off
    private static ClaimsPrincipal GetPrincipalFromExpiredToken(string token, string secret)
    {
        var tokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)),
            // ruleid: identitymodel-self-issued-audience-issuer-off
            ValidateIssuer = false,
            // ruleid: identitymodel-self-issued-audience-issuer-off
            ValidateAudience = false,
            ClockSkew = TimeSpan.Zero,
            ValidateLifetime = false
        };
        return new JwtSecurityTokenHandler().ValidateToken(token, tokenValidationParameters, out _);
    }

    private static ClaimsPrincipal GetPrincipalFromExpiredTokenPinned(string token, string secret, string issuer, string audience)
    {
        var tokenValidationParameters = new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)),
            ValidIssuer = issuer,
            ValidAudience = audience,
            // ok: identitymodel-self-issued-audience-issuer-off
            ValidateLifetime = false
        };
        return new JwtSecurityTokenHandler().ValidateToken(token, tokenValidationParameters, out _);
    }
}
