using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

public class JwtSetup
{
    public void Configure(IServiceCollection services, SecurityKey key)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    IssuerSigningKey = key,
                    // ruleid: identitymodel-unsigned-token-accepted
                    RequireSignedTokens = true,
                };
                // ruleid: identitymodel-unsigned-token-accepted
                o.TokenValidationParameters.RequireSignedTokens = true;
            });

        var p = new TokenValidationParameters();
        // ruleid: identitymodel-unsigned-token-accepted
        p.ValidAlgorithms = new[] { "HS256", "RS256" };
        // ruleid: identitymodel-unsigned-token-accepted
        p.ValidAlgorithms = new List<string> { "None" };
        var q = new TokenValidationParameters
        {
            // ruleid: identitymodel-unsigned-token-accepted
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256, SecurityAlgorithms.RsaSha256 },
        };
        var r = new TokenValidationParameters
        {
            // ok: identitymodel-unsigned-token-accepted
            ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384 },
            // ok: identitymodel-unsigned-token-accepted
            RequireSignedTokens = true,
        };
        // ok: identitymodel-unsigned-token-accepted
        p.ValidAlgorithms = new[] { "HS256" };
    }

    public string Issue(IEnumerable<Claim> claims, SigningCredentials creds)
    {
        // ruleid: identitymodel-unsigned-token-accepted
        var unsigned = new JwtSecurityToken(issuer: "api", audience: "web", claims: claims, expires: DateTime.UtcNow.AddMinutes(10));
        // ruleid: identitymodel-unsigned-token-accepted
        var unsigned2 = new JwtSecurityToken("api", "web", claims, null, DateTime.UtcNow.AddMinutes(10));
        // ok: identitymodel-unsigned-token-accepted
        var signed = new JwtSecurityToken(issuer: "api", audience: "web", claims: claims, expires: DateTime.UtcNow.AddMinutes(10), signingCredentials: creds);
        // ok: identitymodel-unsigned-token-accepted
        var signed2 = new JwtSecurityToken("api", "web", claims, null, DateTime.UtcNow.AddMinutes(10), creds);
        // ok: identitymodel-unsigned-token-accepted
        var parsed = new JwtSecurityToken(tokenString);
        // the (header, payload) constructor by name: the header carries the credentials
        // ok: identitymodel-unsigned-token-accepted
        var named = new JwtSecurityToken(
            header: new JwtHeader(creds),
            payload: new JwtPayload { ["user_id"] = "u1" }
        );
        return new JwtSecurityTokenHandler().WriteToken(signed);
    }

    public string Descriptors(ClaimsIdentity id, SigningCredentials creds, TokenValidationParameters tvp)
    {
        var handler = new JwtSecurityTokenHandler();
        // ruleid: identitymodel-unsigned-token-accepted
        var unsigned = new SecurityTokenDescriptor { Subject = id, Expires = DateTime.UtcNow.AddMinutes(5) };
        handler.CreateToken(unsigned);
        // ok: identitymodel-unsigned-token-accepted
        var later = new SecurityTokenDescriptor { Subject = id, Expires = DateTime.UtcNow.AddMinutes(5) };
        later.SigningCredentials = creds;
        handler.CreateToken(later);
        // ok: identitymodel-unsigned-token-accepted
        var signed = new SecurityTokenDescriptor { Subject = id, SigningCredentials = creds };
        handler.CreateToken(signed);
        // ruleid: identitymodel-unsigned-token-accepted
        tvp.AlgorithmValidator = (alg, key, token, p) => true;
        // ok: identitymodel-unsigned-token-accepted
        var header2 = new JwtHeader(creds);
        // ruleid: identitymodel-unsigned-token-accepted
        var header = new JwtHeader();
        return handler.WriteToken(new JwtSecurityToken(header, new JwtPayload()));
    }
}

public class ReportTokens
{
    public string CreateReportToken(string reportId, string issuer)
    {
        // ruleid: identitymodel-unsigned-token-accepted
        var header = new JwtHeader();
        var payload = new JwtPayload(issuer, "report-viewer",
            new[] { new Claim("report", reportId) }, DateTime.UtcNow, DateTime.UtcNow.AddMinutes(5));
        var unsigned = new JwtSecurityToken(header, payload);
        return new JwtSecurityTokenHandler().WriteToken(unsigned);
    }
}
