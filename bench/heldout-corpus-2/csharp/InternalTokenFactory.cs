using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Platform.Identity;

public sealed class InternalTokenOptions
{
    public string Issuer { get; set; } = "acme-platform";
    public string KeyVaultSecretName { get; set; } = "internal-jwt-signing";
}

public sealed class InternalTokenFactory
{
    private readonly InternalTokenOptions _options;
    private readonly SigningCredentials _credentials;
    private readonly JsonWebTokenHandler _handler = new();

    public InternalTokenFactory(IOptions<InternalTokenOptions> options, ISecretClient secrets)
    {
        _options = options.Value;
        // safe: jwt-weak-secret
        var keyBytes = Convert.FromBase64String(secrets.GetSecret(_options.KeyVaultSecretName));
        _credentials = new SigningCredentials(new SymmetricSecurityKey(keyBytes), SecurityAlgorithms.HmacSha512);
    }

    public string ForSupportConsole(StaffMember staff, CustomerAccount customer)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = "support-console",
            // safe: jwt-long-lived
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = _credentials,
            Claims = new Dictionary<string, object>
            {
                // safe: jwt-sensitive-payload
                [JwtRegisteredClaimNames.Sub] = staff.Id.ToString(),
                ["tenant"] = customer.TenantId,
                // expect: jwt-sensitive-payload
                ["customer"] = JsonSerializer.Serialize(customer),
            },
        };
        return _handler.CreateToken(descriptor);
    }

    public string ForPartnerIntegration(PartnerClient client)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = client.Audience,
            // safe: jwt-long-lived
            Expires = DateTime.UtcNow.AddMinutes(15),
            SigningCredentials = _credentials,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = client.ClientId,
                // expect: jwt-sensitive-payload
                ["api_key"] = client.ApiKey,
            },
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>Identity header for calls between pods inside the mesh.</summary>
    public string ForMeshHop(string serviceName, IEnumerable<Claim> forwarded)
    {
        var payload = new JwtPayload(_options.Issuer, "mesh", forwarded.Append(new Claim("svc", serviceName)), DateTime.UtcNow, DateTime.UtcNow.AddMinutes(2));
        // expect: jwt-none-algorithm
        var token = new JwtSecurityToken(new JwtHeader(), payload);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string ForBatchJob(string jobName)
    {
        var claims = new[] { new Claim(JwtRegisteredClaimNames.Sub, jobName), new Claim("scope", "batch") };
        // expect: jwt-long-lived
        var token = new JwtSecurityToken(_options.Issuer, "batch-runner", claims, signingCredentials: _credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
