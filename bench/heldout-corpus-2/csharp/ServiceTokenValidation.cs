using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Fulfilment.Security;

/// <summary>
/// Validates the bearer tokens that warehouse scanners and the old ERP bridge send us.
/// </summary>
public sealed class ServiceTokenValidation
{
    private readonly JwtSecurityTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly SecurityKey _erpKey;
    private readonly RsaSecurityKey _scannerKey;

    public ServiceTokenValidation(byte[] erpSharedSecret, RSA scannerPublicKey)
    {
        _erpKey = new SymmetricSecurityKey(erpSharedSecret);
        _scannerKey = new RsaSecurityKey(scannerPublicKey);
    }

    public ClaimsPrincipal ValidateScannerToken(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = "https://devices.acme.internal",
            ValidAudience = "fulfilment-api",
            IssuerSigningKey = _scannerKey,
            // safe: jwt-none-algorithm
            ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256 },
            // safe: jwt-claims-not-validated
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
        return _handler.ValidateToken(token, parameters, out _);
    }

    public ClaimsPrincipal ValidateAnyServiceToken(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = new[] { "https://devices.acme.internal", "erp-bridge" },
            ValidAudience = "fulfilment-api",
            IssuerSigningKeys = new[] { _scannerKey, _erpKey },
            // expect: jwt-none-algorithm
            ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256, SecurityAlgorithms.HmacSha256 },
        };
        return _handler.ValidateToken(token, parameters, out _);
    }

    public ClaimsPrincipal ValidateErpToken(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = "erp-bridge",
            ValidAudience = "fulfilment-api",
            IssuerSigningKey = _erpKey,
            // expect: jwt-claims-not-validated
            LifetimeValidator = (notBefore, expires, securityToken, validationParameters) => true,
        };
        return _handler.ValidateToken(token, parameters, out _);
    }

    public ClaimsPrincipal ValidateReplayedBatch(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = "erp-bridge",
            ValidAudience = "fulfilment-batch",
            IssuerSigningKey = _erpKey,
            // expect: jwt-signature-not-verified
            SignatureValidator = (rawToken, validationParameters) => new JwtSecurityToken(rawToken),
        };
        return _handler.ValidateToken(token, parameters, out _);
    }

    public ClaimsPrincipal ValidateLegacyScanner(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = "https://devices.acme.internal",
            ValidAudience = "fulfilment-api",
            IssuerSigningKey = _scannerKey,
            // expect: jwt-none-algorithm
            RequireSignedTokens = false,
            // expect: jwt-claims-not-validated
            RequireExpirationTime = false,
        };
        return _handler.ValidateToken(token, parameters, out _);
    }
}
