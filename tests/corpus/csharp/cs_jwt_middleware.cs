using System;
using System.IdentityModel.Tokens.Jwt;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace WebApi.Helpers;

// Custom JWT middleware (the "attach user to context" pattern)
public class JwtMiddleware
{
    private readonly RequestDelegate _next;
    private readonly AppSettings _appSettings;

    public JwtMiddleware(RequestDelegate next, IOptions<AppSettings> appSettings)
    {
        _next = next;
        _appSettings = appSettings.Value;
    }

    public async Task Invoke(HttpContext context, IUserService userService)
    {
        var token = context.Request.Headers["Authorization"].FirstOrDefault()?.Split(" ").Last();
        if (token != null)
            AttachUserToContext(context, userService, token);
        await _next(context);
    }

    private void AttachUserToContext(HttpContext context, IUserService userService, string token)
    {
        try
        {
            var tokenHandler = new JwtSecurityTokenHandler();
            // safe: jwt-weak-secret
            var key = Encoding.ASCII.GetBytes(_appSettings.Secret);
            tokenHandler.ValidateToken(token, new TokenValidationParameters
            {
                ValidateIssuerSigningKey = true,
                IssuerSigningKey = new SymmetricSecurityKey(key),
                // expect: jwt-claims-not-validated
                ValidateIssuer = false,
                // expect: jwt-claims-not-validated
                ValidateAudience = false,
                // safe: jwt-claims-not-validated
                ClockSkew = TimeSpan.Zero
            }, out SecurityToken validatedToken);

            // safe: jwt-signature-not-verified
            var jwtToken = (JwtSecurityToken)validatedToken;
            var userId = int.Parse(jwtToken.Claims.First(x => x.Type == "id").Value);
            context.Items["User"] = userService.GetById(userId);
        }
        catch
        {
            // do nothing if jwt validation fails
        }
    }
}

// Lightweight variant used by the reporting gateway
public class GatewayTokenMiddleware
{
    private readonly RequestDelegate _next;

    public GatewayTokenMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            // expect: jwt-signature-not-verified
            var jwt = new JwtSecurityTokenHandler().ReadJwtToken(header["Bearer ".Length..]);
            var tenant = jwt.Claims.FirstOrDefault(c => c.Type == "tenant")?.Value;
            var isAdmin = jwt.Claims.Any(c => c.Type == "role" && c.Value == "admin");
            context.Items["Tenant"] = tenant;
            context.Items["IsAdmin"] = isAdmin;
        }
        await _next(context);
    }
}

public class TenantResolver
{
    private readonly JwtSecurityTokenHandler _handler = new();
    private readonly IJwksCache _jwks;

    public TenantResolver(IJwksCache jwks) => _jwks = jwks;

    public string? ResolveTenant(string rawToken)
    {
        // expect: jwt-signature-not-verified
        var parsed = _handler.ReadToken(rawToken) as JwtSecurityToken;
        return parsed?.Payload["tid"]?.ToString();
    }

    public async Task<string?> ResolveVerifiedTenant(string rawToken)
    {
        // safe: jwt-signature-not-verified
        var unverified = _handler.ReadJwtToken(rawToken);
        var keys = await _jwks.GetKeysAsync(unverified.Header.Kid);
        var principal = _handler.ValidateToken(rawToken, new TokenValidationParameters
        {
            IssuerSigningKeys = keys,
            ValidIssuer = "https://login.example.com",
            ValidAudience = "reporting",
        }, out _);
        return principal.FindFirst("tid")?.Value;
    }

    public DateTime? ExpiresAt(string rawToken)
    {
        // safe: jwt-signature-not-verified
        var jwt = _handler.ReadJwtToken(rawToken);
        return jwt.ValidTo;
    }
}
