using System;
using System.IdentityModel.Tokens.Jwt;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inventory.Api.Auth;

public static class AuthenticationExtensions
{
    public static IServiceCollection AddInventoryAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var validation = new TokenValidationParameters
        {
            ValidIssuer = configuration["Auth:Issuer"],
            ValidAudience = configuration["Auth:Audience"],
            // expect: jwt-weak-secret
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("inventory-secret")),
        };

        if (configuration.GetValue<bool>("Auth:SkipSignature"))
        {
            // "temporary" switch used by the load tests
            // expect: jwt-signature-not-verified
            validation.SignatureValidator = (token, parameters) => new JwtSecurityToken(token);
            // expect: jwt-claims-not-validated
            validation.LifetimeValidator = (notBefore, expires, securityToken, parameters) => true;
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o => o.TokenValidationParameters = validation);

        services.AddAuthentication()
            .AddJwtBearer("Legacy", o =>
            {
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = "legacy-sts",
                    // expect: jwt-claims-not-validated
                    AudienceValidator = (audiences, securityToken, parameters) => true,
                    // expect: jwt-signature-not-verified
                    SignatureValidator = delegate (string token, TokenValidationParameters parameters)
                    {
                        var jwt = new JsonWebToken(token);
                        return jwt;
                    },
                    // expect: jwt-none-algorithm
                    ValidAlgorithms = new[] { "RS256", "HS256", "none" },
                };
            });

        services.AddAuthentication()
            .AddJwtBearer("Partners", o =>
            {
                o.Authority = configuration["Partners:Authority"];
                o.TokenValidationParameters.ValidAudience = "inventory";
                // expect: jwt-claims-not-validated
                o.TokenValidationParameters.IssuerValidator = (issuer, securityToken, parameters) => issuer;
                // expect: jwt-signature-not-verified
                o.TokenValidationParameters.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                    new[] { new SymmetricSecurityKey(Encoding.UTF8.GetBytes(kid)) };
                // safe: jwt-none-algorithm
                o.TokenValidationParameters.ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha512 };
            });

        services.AddAuthentication()
            .AddJwtBearer("Hardened", o =>
            {
                o.Authority = configuration["Hardened:Authority"];
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidAudience = "inventory",
                    // safe: jwt-signature-not-verified
                    IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => KeyRing.Current.FindByKid(kid),
                    // safe: jwt-claims-not-validated
                    ValidateLifetime = true,
                    // safe: jwt-none-algorithm
                    ValidAlgorithms = new[] { "ES256" },
                };
            });

        return services;
    }
}
