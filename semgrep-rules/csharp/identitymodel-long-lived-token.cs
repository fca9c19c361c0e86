using System;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

public class JwtIssuer
{
    private static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromHours(6);
    private readonly SigningCredentials _creds;

    public string FromField(ClaimsIdentity identity)
    {
        var handler = new JwtSecurityTokenHandler();
        // ruleid: identitymodel-long-lived-token
        var descriptor = new SecurityTokenDescriptor { Subject = identity, Expires = DateTime.UtcNow.Add(AccessTokenLifetime), SigningCredentials = _creds };
        // ruleid: identitymodel-long-lived-token
        var t = new JwtSecurityToken("api", "spa", identity.Claims, expires: DateTime.UtcNow + TimeSpan.FromDays(1), signingCredentials: _creds);
        return handler.WriteToken(handler.CreateToken(descriptor));
    }

    public string Week(ClaimsIdentity identity)
    {
        var handler = new JwtSecurityTokenHandler();
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = identity,
            // ruleid: identitymodel-long-lived-token
            Expires = DateTime.UtcNow.AddDays(7),
            SigningCredentials = _creds,
        };
        return handler.WriteToken(handler.CreateToken(descriptor));
    }

    public string Day(Claim[] claims)
    {
        var token = new JwtSecurityToken(
            issuer: "api",
            audience: "spa",
            claims: claims,
            // ruleid: identitymodel-long-lived-token
            expires: DateTime.Now.AddHours(24),
            signingCredentials: _creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string Positional(Claim[] claims)
    {
        // ruleid: identitymodel-long-lived-token
        var token = new JwtSecurityToken("api", "spa", claims, DateTime.UtcNow, DateTime.UtcNow.AddMinutes(120), _creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string Variable(Claim[] claims)
    {
        var expires = DateTime.UtcNow.Add(TimeSpan.FromDays(30));
        // ruleid: identitymodel-long-lived-token
        var token = new JwtSecurityToken("api", "spa", claims, expires: expires, signingCredentials: _creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string Forever(Claim[] claims)
    {
        // ruleid: identitymodel-long-lived-token
        var token = new JwtSecurityToken(issuer: "api", audience: "spa", claims: claims, signingCredentials: _creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string Assigned(ClaimsIdentity identity)
    {
        var d = new SecurityTokenDescriptor { Subject = identity, SigningCredentials = _creds };
        // ruleid: identitymodel-long-lived-token
        d.Expires = DateTime.UtcNow.AddHours(8);
        var handler = new JwtSecurityTokenHandler();
        // ruleid: identitymodel-long-lived-token
        handler.TokenLifetimeInMinutes = 1440;
        return handler.WriteToken(handler.CreateToken(d));
    }

    public string Default(ClaimsIdentity identity)
    {
        var handler = new JwtSecurityTokenHandler();
        // ruleid: identitymodel-long-lived-token
        var descriptor = new SecurityTokenDescriptor { Subject = identity, SigningCredentials = _creds };
        return handler.WriteToken(handler.CreateToken(descriptor));
    }

    public string Short(ClaimsIdentity identity)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = identity,
            // ok: identitymodel-long-lived-token
            Expires = DateTime.UtcNow.AddMinutes(15),
            SigningCredentials = _creds,
        };
        // ok: identitymodel-long-lived-token
        var t = new JwtSecurityToken("api", "spa", identity.Claims, expires: DateTime.UtcNow.AddMinutes(10), signingCredentials: _creds);
        return new JwtSecurityTokenHandler().WriteToken(t);
    }

    public string GenerateRefreshToken(Claim[] claims)
    {
        // ok: identitymodel-long-lived-token
        var token = new JwtSecurityToken("api", "refresh", claims, expires: DateTime.UtcNow.AddDays(14), signingCredentials: _creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public (string, string) Pair(Claim[] claims)
    {
        // ok: identitymodel-long-lived-token
        var refreshJwt = new JwtSecurityToken("api", "refresh", claims, expires: DateTime.UtcNow.AddDays(14), signingCredentials: _creds);
        // ok: identitymodel-long-lived-token
        var access = new JwtSecurityToken("api", "spa", claims, expires: DateTime.UtcNow.AddMinutes(5), signingCredentials: _creds);
        var h = new JwtSecurityTokenHandler();
        return (h.WriteToken(access), h.WriteToken(refreshJwt));
    }
}

public static class TopLevelStyle
{
    public static void Map(WebApplication app, SigningCredentials creds) =>
        app.MapPost("/token", (string user) =>
        {
            var token = new JwtSecurityToken("api", "spa",
                new[] { new Claim("sub", user) },
                // ruleid: identitymodel-long-lived-token
                expires: DateTime.UtcNow.AddHours(1),
                signingCredentials: creds);
            // ok: identitymodel-long-lived-token
            var payload = new JwtPayload("api", "spa", null, null, DateTime.UtcNow.AddMinutes(5));
            // ruleid: identitymodel-long-lived-token
            var payload2 = new JwtPayload("api", "spa", null, null, DateTime.UtcNow.AddDays(5));
            return Results.Ok(new JwtSecurityTokenHandler().WriteToken(token));
        });
}

public class SettingsLifetimeIssuer
{
    private readonly JwtOptions _jwt;
    private readonly SigningCredentials _creds;

    public string Access(Claim[] claims)
    {
        var token = new JwtSecurityToken(
            issuer: _jwt.Issuer,
            audience: _jwt.Audience,
            claims: claims,
            // ruleid: identitymodel-long-lived-token
            expires: DateTime.UtcNow.AddDays(_jwt.AccessTokenExpireDays),
            signingCredentials: _creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string AccessMinutes(Claim[] claims)
    {
        var token = new JwtSecurityToken(
            issuer: _jwt.Issuer,
            claims: claims,
            // ok: identitymodel-long-lived-token
            expires: DateTime.UtcNow.AddMinutes(_jwt.AccessTokenMinutes),
            signingCredentials: _creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string Refresh(Claim[] claims)
    {
        var token = new JwtSecurityToken(
            issuer: _jwt.Issuer,
            claims: claims,
            // ok: identitymodel-long-lived-token
            expires: DateTime.UtcNow.AddDays(_jwt.RefreshTokenDays),
            signingCredentials: _creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public SecurityTokenDescriptor Descriptor(ClaimsIdentity identity, IConfiguration config)
    {
        return new SecurityTokenDescriptor
        {
            Subject = identity,
            // ruleid: identitymodel-long-lived-token
            Expires = DateTime.UtcNow.AddDays(Convert.ToDouble(config["Jwt:ExpireDays"])),
            SigningCredentials = _creds
        };
    }
}
