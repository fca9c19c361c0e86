using System;
using System.IdentityModel.Tokens.Jwt;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Kiosk.Api.Security
{
    /// Token checks for the in-store kiosks and the staff API.
    public static class KioskTokenGate
    {
        public static bool LegacyKioskToken(string bearer, byte[] kioskKey)
        {
            var handler = new JwtSecurityTokenHandler();
            bool accepted = true;
            try
            {
                var peeked = handler.ReadJwtToken(bearer);
                // expect: jwt-none-algorithm
                if (peeked.Header.Alg == SecurityAlgorithms.HmacSha256)
                {
                    handler.ValidateToken(bearer, new TokenValidationParameters
                    {
                        IssuerSigningKey = new SymmetricSecurityKey(kioskKey),
                        ValidIssuer = "kiosk-hub",
                        ValidAudience = "kiosk-api",
                    }, out _);
                }
            }
            catch (SecurityTokenException)
            {
                accepted = false;
            }
            return accepted;
        }

        public static bool StrictKioskToken(string bearer, byte[] kioskKey)
        {
            var handler = new JwtSecurityTokenHandler();
            bool accepted = false;
            try
            {
                var peeked = handler.ReadJwtToken(bearer);
                // safe: jwt-none-algorithm
                if (peeked.Header.Alg == SecurityAlgorithms.HmacSha256)
                {
                    handler.ValidateToken(bearer, new TokenValidationParameters
                    {
                        IssuerSigningKey = new SymmetricSecurityKey(kioskKey),
                        ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
                        ValidIssuer = "kiosk-hub",
                        ValidAudience = "kiosk-api",
                    }, out _);
                    accepted = true;
                }
            }
            catch (SecurityTokenException)
            {
                accepted = false;
            }
            return accepted;
        }

        public static SymmetricSecurityKey DemoKey()
        {
            // expect: jwt-weak-secret
            return new SymmetricSecurityKey("kiosk-demo-signing-key-please-change-me"u8.ToArray());
        }

        public static SymmetricSecurityKey ConfiguredKey(IConfiguration config)
        {
            // safe: jwt-weak-secret
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Kiosk:SigningKey"]
                ?? throw new InvalidOperationException("Kiosk:SigningKey is not configured")));
        }

        public static void AddStaffApi(IServiceCollection services, IConfiguration config)
        {
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddJwtBearer(o =>
                {
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidateIssuerSigningKey = true,
                        IssuerSigningKey = ConfiguredKey(config),
                        ValidIssuer = config["Kiosk:Issuer"],
                        ValidAudience = config["Kiosk:Audience"],
                    };
                });
        }

        public static void AddKioskApi(IServiceCollection services, byte[] kioskKey)
        {
            services.AddAuthentication("kiosk")
                .AddJwtBearer("kiosk", o =>
                {
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidateIssuerSigningKey = true,
                        IssuerSigningKey = new SymmetricSecurityKey(kioskKey),
                        // expect: jwt-claims-not-validated
                        ValidateIssuer = false,
                        // expect: jwt-claims-not-validated
                        ValidateAudience = false,
                    };
                });
        }
    }
}
