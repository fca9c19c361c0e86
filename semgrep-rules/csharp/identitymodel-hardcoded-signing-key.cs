using System;
using System.Text;
using Microsoft.IdentityModel.Tokens;

public class TokenService
{
    // a field of the class that the class turns into its key: reported on the definition
    // ruleid: identitymodel-hardcoded-signing-key
    private const string JwtSecret = "ThisIsMySuperSecretKeyForJwt123!";
    // ruleid: identitymodel-hardcoded-signing-key
    private static readonly string Other = "another-hard-coded-signing-secret";
    private static readonly byte[] KeyBytes = Encoding.UTF8.GetBytes("literal-key-bytes-for-hmac-256!!");
    private readonly IConfiguration _config;
    // ruleid: identitymodel-hardcoded-signing-key
    public static readonly SymmetricSecurityKey Shared = new(Encoding.UTF8.GetBytes("shared-signing-secret-value"));
    // ok: identitymodel-hardcoded-signing-key
    public static readonly SymmetricSecurityKey FromEnvKey = new(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("K")!));

    public SigningCredentials Inline()
    {
        // ruleid: identitymodel-hardcoded-signing-key
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("my-secret"));
        return new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
    }

    public SecurityKey FromConst() =>
        // ok: identitymodel-hardcoded-signing-key
        new SymmetricSecurityKey(Encoding.ASCII.GetBytes(JwtSecret));

    public SecurityKey FromStatic() =>
        // ok: identitymodel-hardcoded-signing-key
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Other));

    public SecurityKey FromBytesField() =>
        // ruleid: identitymodel-hardcoded-signing-key
        new SymmetricSecurityKey(KeyBytes);

    public SecurityKey Fallback() =>
        // ruleid: identitymodel-hardcoded-signing-key
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_config["Jwt:Key"] ?? "dev-only-secret"));

    public SecurityKey Local()
    {
        // ruleid: identitymodel-hardcoded-signing-key
        var bytes = Encoding.UTF8.GetBytes("local-literal-secret");
        return new SymmetricSecurityKey(bytes);
    }

    public void InLambda(IServiceCollection services)
    {
        // ruleid: identitymodel-hardcoded-signing-key
        var key = Encoding.ASCII.GetBytes("lambda-literal-secret");
        services.AddAuthentication().AddJwtBearer(x =>
        {
            x.TokenValidationParameters = new TokenValidationParameters
            {
                IssuerSigningKey = new SymmetricSecurityKey(key),
            };
        });
    }

    public SecurityKey Base64() =>
        // ruleid: identitymodel-hardcoded-signing-key
        new SymmetricSecurityKey(Convert.FromBase64String("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA=="));

    public SecurityKey FromConfig() =>
        // ok: identitymodel-hardcoded-signing-key
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_config["Jwt:Key"]!));

    public SecurityKey FromEnv() =>
        // ok: identitymodel-hardcoded-signing-key
        new SymmetricSecurityKey(Convert.FromBase64String(Environment.GetEnvironmentVariable("JWT_KEY")));

    public SecurityKey Random() =>
        // ok: identitymodel-hardcoded-signing-key
        new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64));
}

public class ApiAccount
{
    public const string TokenKey = "b7c1e0a9d4f2435a8e6c91d07f3a2b5c";

    public string CreateAccessToken(IEnumerable<Claim> claims)
    {
        // ruleid: identitymodel-hardcoded-signing-key
        string key = TokenKey;
        var signingKey = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(
            Encoding.UTF8.GetBytes(key));
        return Write(signingKey, claims);
    }

    public string CreateFromSettings(IEnumerable<Claim> claims, string configuredKey)
    {
        string key = configuredKey;
        // ok: identitymodel-hardcoded-signing-key
        var signingKey = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        return Write(signingKey, claims);
    }
}

public static class JwtSetup
{
    public static SymmetricSecurityKey Literal()
    {
        // ruleid: identitymodel-hardcoded-signing-key
        return new SymmetricSecurityKey("a-long-enough-demo-signing-key-of-32+chars"u8.ToArray());
    }

    public static SymmetricSecurityKey FromEnv()
    {
        // ok: identitymodel-hardcoded-signing-key
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_KEY")!));
    }
}

public class FallbackKeyFactory
{
    private readonly IConfiguration _configuration;

    public FallbackKeyFactory(IConfiguration configuration) => _configuration = configuration;

    public SymmetricSecurityKey FromIndexer()
    {
        // ruleid: identitymodel-hardcoded-signing-key
        var secret = _configuration["Auth:SigningKey"] ?? "local-development-signing-key-0123456789";
        _ = secret.Length;
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
    }

    public SymmetricSecurityKey FromGetValue()
    {
        // ruleid: identitymodel-hardcoded-signing-key
        string material = _configuration.GetValue<string>("Auth:SigningKey", "default-signing-key-for-dev-only-000000");
        var key = new SymmetricSecurityKey(Encoding.ASCII.GetBytes(material));
        return key;
    }

    public SymmetricSecurityKey Inline()
    {
        // ruleid: identitymodel-hardcoded-signing-key
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_configuration.GetValue<string>("Auth:SigningKey", "inline-default-key-00000000000000000")));
    }

    public SymmetricSecurityKey Required()
    {
        // ok: identitymodel-hardcoded-signing-key
        var secret = _configuration["Auth:SigningKey"] ?? throw new InvalidOperationException("Auth:SigningKey is not set");
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
    }
}

public class AuthorizationConstants
{
    // ruleid: identitymodel-hardcoded-signing-key
    public const string JWT_SECRET_KEY = "SecretKeyOfDoomThatMustBeAMinimumNumberOfBytes";

    // ruleid: identitymodel-hardcoded-signing-key
    public static readonly string JwtSigningKey = "local-signing-key-that-ships-with-the-app";

    // a configuration path, not a key
    // ok: identitymodel-hardcoded-signing-key
    public const string JwtKey = "Authentication:Jwt:SigningKey";

    // ok: identitymodel-hardcoded-signing-key
    public const string JwtSecret = "JwtSecret";

    // ok: identitymodel-hardcoded-signing-key
    public const string WebhookSigningSecret = "whsec-0000000000000000000000000";
}

public static class Settings
{
    // ruleid: identitymodel-hardcoded-signing-key
    public static string SecretKey = "9f1c2b7e4a8d0f3e6b5a9c1d2e7f4a0b3c6d9e2f5a8b1c4d7e0f3a6b9c2d5e8f";

    // ok: identitymodel-hardcoded-signing-key
    public static string SecretKeyPath = "secrets/signing-key.txt";

    // ok: identitymodel-hardcoded-signing-key
    public static string ApiBaseUrl = "https://api.example.org/v1/";
}

public static class TokenSettings
{
    // ruleid: identitymodel-hardcoded-signing-key
    public static string Secret = "3c1f0a9e7d5b4c2a8e6f1d0b9a7c5e3f";

    // ok: identitymodel-hardcoded-signing-key
    public static string SecretName = "signing-secret-of-the-api";
}

public class AppConfig
{
    // ok: identitymodel-hardcoded-signing-key
    public static string SecretKey = Environment.GetEnvironmentVariable("JWT_SECRET_KEY");
}
