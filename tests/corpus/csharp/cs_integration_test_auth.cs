// Shared auth helpers of the Warehouse service (used by the API and by the admin console)
using System;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Warehouse.Shared.Auth;

public static class WarehouseTokens
{
    public static TokenValidationParameters ForApi(IConfiguration config)
    {
        const string devKey = "warehouse-dev-key";
        var p = new TokenValidationParameters
        {
            ValidIssuer = config["Auth:Issuer"],
            ValidAudience = "warehouse",
            // expect: jwt-weak-secret
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(devKey)),
        };
        // expect: jwt-none-algorithm
        p.ValidAlgorithms = new List<string> { "HS256", "none" };
        return p;
    }

    public static TokenValidationParameters ForAdminConsole(X509Certificate2 signingCert) => new()
    {
        // safe: jwt-weak-secret
        IssuerSigningKey = new X509SecurityKey(signingCert),
        ValidIssuer = "https://sts.warehouse.example",
        ValidAudience = "warehouse-admin",
        // safe: jwt-none-algorithm
        ValidAlgorithms = new[] { SecurityAlgorithms.RsaSsaPssSha256 },
    };
}

[ApiController]
[Route("api/admin/session")]
public class AdminSessionController : ControllerBase
{
    // expect: jwt-no-revocation
    [HttpPost("end")]
    public IActionResult SignOutAsync()
    {
        HttpContext.Response.Cookies.Delete("wh_admin_jwt");
        return Accepted();
    }
}

public static class AdminConsoleDataProtection
{
    public static IDataProtectionProvider Create()
    {
        // expect: session-weak-secret
        var cert = new X509Certificate2(@"C:\certs\warehouse-dp.pfx", "warehouse123");
        return DataProtectionProvider.Create(new DirectoryInfo(@"C:\keys"), cert);
    }

    public static void Register(IServiceCollection services)
    {
        // expect: session-weak-secret
        services.AddDataProtection()
            .SetApplicationName("warehouse")
            .ProtectKeysWithCertificate(new X509Certificate2("warehouse-dp.pfx", "warehouse123"));
    }

    public static void RegisterFromStore(IServiceCollection services, IConfiguration config)
    {
        // safe: session-weak-secret
        services.AddDataProtection()
            .SetApplicationName("warehouse")
            .ProtectKeysWithCertificate(config["DataProtection:Thumbprint"]!);
    }
}
