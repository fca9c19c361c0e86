using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Litware.Saas.Middleware
{
    /// <summary>
    /// Resolves the tenant for each request and keeps it in a small signed cookie so that
    /// the tenant picker is not shown again. Runs before the JWT bearer handler.
    /// </summary>
    public class TenantSessionMiddleware
    {
        // expect: session-weak-secret
        private static readonly byte[] LegacyCookieKey = Encoding.UTF8.GetBytes("litware-tenant-cookie");

        private readonly RequestDelegate _next;
        private readonly byte[] _cookieKey;
        private readonly SecurityKey _tokenKey;

        public TenantSessionMiddleware(RequestDelegate next, IConfiguration configuration)
        {
            _next = next;
            // safe: session-weak-secret
            _cookieKey = Convert.FromBase64String(configuration["Tenancy:CookieKey"]!);
            _tokenKey = new SymmetricSecurityKey(Convert.FromBase64String(configuration["Tenancy:TokenKey"]!));
        }

        public async Task InvokeAsync(HttpContext context)
        {
            var bearer = context.Request.Headers.Authorization.ToString();
            if (bearer.StartsWith("Bearer ", StringComparison.Ordinal))
            {
                var raw = bearer.Substring("Bearer ".Length);
                // expect: jwt-signature-not-verified
                var unverified = new JsonWebToken(raw);
                if (unverified.TryGetPayloadValue<string>("tenant_admin", out var flag) && flag == "true")
                {
                    context.Items["IsTenantAdmin"] = true;
                }

                var validation = await new JsonWebTokenHandler().ValidateTokenAsync(raw, new TokenValidationParameters
                {
                    IssuerSigningKey = _tokenKey,
                    // safe: jwt-none-algorithm
                    ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
                    ValidIssuer = "https://id.litware.io",
                    ValidAudience = "litware-saas",
                });
                if (validation.IsValid)
                {
                    // safe: jwt-signature-not-verified
                    context.Items["Tenant"] = validation.Claims["tid"];
                }
            }

            if (context.Request.Query.TryGetValue("tenant", out var picked))
            {
                var value = picked.ToString();
                var signature = Sign(value, _cookieKey);
                context.Response.Cookies.Append("litware_tenant", value + "." + signature, new CookieOptions
                {
                    // safe: session-cookie-insecure
                    HttpOnly = true,
                    Secure = true,
                    SameSite = SameSiteMode.Lax,
                    MaxAge = TimeSpan.FromHours(8)
                });
            }
            else if (context.Request.Cookies.TryGetValue("litware_tenant_v1", out var legacy))
            {
                var parts = legacy.Split('.');
                if (parts.Length == 2 && Sign(parts[0], LegacyCookieKey) == parts[1])
                {
                    context.Items["Tenant"] = parts[0];
                }
            }

            await _next(context);
        }

        private static string Sign(string value, byte[] key)
        {
            using var hmac = new HMACSHA256(key);
            return Base64UrlEncoder.Encode(hmac.ComputeHash(Encoding.UTF8.GetBytes(value)));
        }
    }
}
