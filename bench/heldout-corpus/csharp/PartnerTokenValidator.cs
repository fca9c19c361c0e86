using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Adventure.Works.Integration
{
    /// <summary>
    /// Validates tokens sent by marketplace partners to the order-intake endpoints.
    /// </summary>
    public class PartnerTokenValidator
    {
        private readonly IDictionary<string, SecurityKey> _partnerKeys;
        private readonly JwtSecurityTokenHandler _handler = new JwtSecurityTokenHandler();

        public PartnerTokenValidator(IDictionary<string, SecurityKey> partnerKeys)
        {
            _partnerKeys = partnerKeys;
        }

        public ClaimsPrincipal ValidateMarketplaceToken(string token)
        {
            // safe: jwt-signature-not-verified
            var unverified = _handler.ReadJwtToken(token);
            if (!_partnerKeys.TryGetValue(unverified.Header.Kid ?? "", out var key))
            {
                throw new SecurityTokenSignatureKeyNotFoundException("unknown partner key");
            }

            var parameters = new TokenValidationParameters
            {
                IssuerSigningKey = key,
                ValidateIssuerSigningKey = true,
                // safe: jwt-none-algorithm
                ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384 },
                ValidIssuer = "https://marketplace.adventure-works.com",
                // safe: jwt-claims-not-validated
                ValidAudience = "order-intake",
            };
            return _handler.ValidateToken(token, parameters, out _);
        }

        public bool CanSubmitBulkOrders(string bearer)
        {
            // expect: jwt-signature-not-verified
            var jwt = _handler.ReadJwtToken(bearer);
            var tier = jwt.Claims.FirstOrDefault(c => c.Type == "tier")?.Value;
            return tier == "gold" || tier == "platinum";
        }

        public async Task<ClaimsIdentity> ValidateLegacyFeedTokenAsync(string token)
        {
            var parameters = new TokenValidationParameters
            {
                ValidIssuer = "legacy-feed",
                ValidAudience = "order-intake",
                // expect: jwt-signature-not-verified
                SignatureValidator = (t, p) => new JsonWebToken(t),
            };
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
            if (!result.IsValid)
            {
                throw result.Exception;
            }
            return result.ClaimsIdentity;
        }

        public ClaimsPrincipal ValidateWarehouseToken(string token, SecurityKey warehouseKey)
        {
            var parameters = new TokenValidationParameters
            {
                IssuerSigningKey = warehouseKey,
                ValidIssuer = "warehouse",
                ValidAudience = "order-intake",
                // expect: jwt-none-algorithm
                RequireSignedTokens = false,
            };
            return _handler.ValidateToken(token, parameters, out _);
        }

        public ClaimsPrincipal ValidateBatchToken(string token, SecurityKey batchKey)
        {
            var parameters = new TokenValidationParameters
            {
                IssuerSigningKey = batchKey,
                ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
                ValidIssuer = "batch-scheduler",
                ValidAudience = "order-intake",
                // expect: jwt-claims-not-validated
                LifetimeValidator = (notBefore, expires, t, p) => true,
            };
            return _handler.ValidateToken(token, parameters, out _);
        }

        public ClaimsPrincipal ValidateReturnsToken(string token, SecurityKey returnsKey)
        {
            var parameters = new TokenValidationParameters
            {
                IssuerSigningKey = returnsKey,
                ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
                ValidIssuer = "returns-service",
                // expect: jwt-claims-not-validated
                ValidateAudience = false,
                // expect: jwt-claims-not-validated
                ClockSkew = TimeSpan.FromDays(1),
            };
            var principal = _handler.ValidateToken(token, parameters, out var validated);
            // safe: jwt-signature-not-verified
            var jwt = (JwtSecurityToken)validated;
            if (jwt.Claims.All(c => c.Type != "rma"))
            {
                throw new SecurityTokenValidationException("missing rma");
            }
            return principal;
        }
    }
}
