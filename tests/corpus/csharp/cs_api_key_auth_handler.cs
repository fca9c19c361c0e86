using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Auth;

// Custom scheme for tokens forwarded by the edge proxy
public class ForwardedTokenHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    private readonly IConfigurationManager<OpenIdConnectConfiguration> _oidc;

    public ForwardedTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
        UrlEncoder encoder, IConfigurationManager<OpenIdConnectConfiguration> oidc)
        : base(options, logger, encoder) => _oidc = oidc;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue("X-Forwarded-Token", out var raw))
            return Task.FromResult(AuthenticateResult.NoResult());

        // the edge already checked it ... supposedly
        // expect: jwt-signature-not-verified
        var token = new JwtSecurityToken(raw.ToString());
        var identity = new ClaimsIdentity(token.Claims, Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}

public class JsonWebTokenHandlerScheme : AuthenticationHandler<AuthenticationSchemeOptions>
{
    private readonly JsonWebTokenHandler _tokens = new();
    private readonly TokenValidationParameters _validation;

    public JsonWebTokenHandlerScheme(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
        UrlEncoder encoder, TokenValidationParameters validation)
        : base(options, logger, encoder) => _validation = validation;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var raw = Request.Headers.Authorization.ToString().Replace("Bearer ", string.Empty);
        if (string.IsNullOrEmpty(raw)) return AuthenticateResult.NoResult();

        // safe: jwt-signature-not-verified
        var result = await _tokens.ValidateTokenAsync(raw, _validation);
        if (!result.IsValid) return AuthenticateResult.Fail(result.Exception);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(result.ClaimsIdentity), Scheme.Name));
    }
}

public class ScopeInspector
{
    public bool HasScope(string raw, string scope)
    {
        // expect: jwt-signature-not-verified
        var jwt = new JsonWebTokenHandler().ReadJsonWebToken(raw);
        return jwt.GetClaim("scope").Value.Split(' ').Contains(scope);
    }

    public string? UserIdFromHeader(HttpRequest request)
    {
        var raw = request.Headers.Authorization.ToString()[7..];
        // expect: jwt-signature-not-verified
        return new JwtSecurityTokenHandler().ReadJwtToken(raw).Claims.FirstOrDefault(c => c.Type == "sub")?.Value;
    }

    public bool IsExpired(string raw)
    {
        // safe: jwt-signature-not-verified
        var jwt = new JsonWebTokenHandler().ReadJsonWebToken(raw);
        return jwt.ValidTo < DateTime.UtcNow;
    }

    public string KeyIdOf(string raw)
    {
        // safe: jwt-signature-not-verified
        return new JwtSecurityTokenHandler().ReadJwtToken(raw).Header.Kid;
    }
}

public static class TestOnlyValidation
{
    public static TokenValidationParameters Build(SecurityKey key) => new()
    {
        IssuerSigningKey = key,
        // expect: jwt-signature-not-verified
        SignatureValidator = (token, _) => new JsonWebToken(token),
    };
}
