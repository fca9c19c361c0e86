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
                    // ok: identitymodel-self-issued-audience-issuer-off
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
}
