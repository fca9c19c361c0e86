using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Reporting.Middleware;

/// <summary>Blocks /admin/* for callers whose token does not carry the tenant-admin role.</summary>
public sealed class TenantAdminGate
{
    private readonly RequestDelegate _next;

    public TenantAdminGate(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/admin"))
        {
            await _next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        // expect: jwt-signature-not-verified
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(header["Bearer ".Length..]);
        var isAdmin = jwt.Claims.Any(c => c.Type == "role" && c.Value == "tenant-admin");
        if (!isAdmin)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        context.Items["TenantId"] = jwt.Claims.First(c => c.Type == "tid").Value;
        await _next(context);
    }
}

public sealed class FederatedTokenReader
{
    private readonly IReadOnlyDictionary<string, SecurityKey> _keysByKid;
    private readonly JsonWebTokenHandler _handler = new();

    public FederatedTokenReader(IReadOnlyDictionary<string, SecurityKey> keysByKid) => _keysByKid = keysByKid;

    public async Task<ClaimsIdentity?> ReadAsync(string token, string issuer, string audience)
    {
        // safe: jwt-signature-not-verified
        var unverified = _handler.ReadJsonWebToken(token);
        if (!_keysByKid.TryGetValue(unverified.Kid, out var key))
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = audience,
            IssuerSigningKey = key,
            // safe: jwt-none-algorithm
            ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256 },
        });
        return result.IsValid ? result.ClaimsIdentity : null;
    }

    /// <summary>Used by the export endpoints to decide whose reports to bundle.</summary>
    public Guid? CurrentUserId(string token)
    {
        // expect: jwt-signature-not-verified
        var claims = _handler.ReadJsonWebToken(token).Claims;
        return Guid.TryParse(claims.FirstOrDefault(c => c.Type == "sub")?.Value, out var id) ? id : null;
    }
}
