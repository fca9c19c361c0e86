using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

// An API behind IdentityServer without API resources: the audience check is
// replaced by the scope the policy requires and the at+jwt type (Duende's setup).
public static class ApiAuth
{
    public static void Add(IServiceCollection services, Uri authority)
    {
        services.AddAuthentication()
            .AddJwtBearer("Bearer+jwt", options =>
            {
                options.Authority = authority.ToString();
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidTypes = new[] { "at+jwt" },
                    // ok: identitymodel-claims-validation-disabled
                    ValidateAudience = false,
                    ValidateIssuer = true,
                };
            });
        services.AddAuthorization(o => o.AddPolicy("api", p =>
        {
            p.AddAuthenticationSchemes("Bearer+jwt");
            p.RequireClaim("scope", "api.read");
        }));
    }

    public static void AddLegacy(IServiceCollection services, Uri authority)
    {
        services.AddAuthentication()
            .AddJwtBearer("legacy", options =>
            {
                options.Authority = authority.ToString();
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    // ruleid: identitymodel-claims-validation-disabled
                    ValidateIssuer = false,
                    // ruleid: identitymodel-claims-validation-disabled
                    ValidateLifetime = true,
                };
            });
    }
}
