using System.IdentityModel.Tokens.Jwt;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

public static class AuthSetup
{
    public static void AddApiAuth(this IServiceCollection services, SecurityKey signingKey, IKeyStore store)
    {
        services.AddAuthentication().AddJwtBearer(options =>
        {
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = "https://id.example.com",
                // ruleid: identitymodel-signature-validator-bypass
                SignatureValidator = (token, parameters) => new JwtSecurityToken(token),
            };
        });

        var tvp = new TokenValidationParameters();
        // ruleid: identitymodel-signature-validator-bypass
        tvp.SignatureValidator = (token, _) => new JsonWebToken(token);

        var tvp2 = new TokenValidationParameters
        {
            // ruleid: identitymodel-signature-validator-bypass
            SignatureValidator = (string token, TokenValidationParameters p) =>
            {
                var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token);
                return jwt;
            },
        };

        // ruleid: identitymodel-signature-validator-bypass
        tvp2.SignatureValidator = delegate (string token, TokenValidationParameters p) { return new JwtSecurityToken(token); };

        var tvp3 = new TokenValidationParameters
        {
            // ruleid: identitymodel-signature-validator-bypass
            IssuerSigningKeyResolver = (token, securityToken, kid, p) => new[] { new SymmetricSecurityKey(Encoding.UTF8.GetBytes(kid)) },
            // ok: identitymodel-signature-validator-bypass
            IssuerSigningKey = signingKey,
        };

        var tvp4 = new TokenValidationParameters
        {
            // ok: identitymodel-signature-validator-bypass
            IssuerSigningKeyResolver = (token, securityToken, kid, p) => store.GetKeys().Where(k => k.KeyId == kid),
            // ok: identitymodel-signature-validator-bypass
            SignatureValidator = (token, p) => CustomVerifier.VerifyAndParse(token, signingKey),
        };
    }
}

public class Custom
{
    public TokenValidationParameters Build(RsaVerifier verifier) => new TokenValidationParameters
    {
        // ok: identitymodel-signature-validator-bypass
        SignatureValidator = (token, p) =>
        {
            if (!verifier.VerifySignature(token)) throw new SecurityTokenInvalidSignatureException("bad signature");
            return new JsonWebToken(token);
        },
    };
}
