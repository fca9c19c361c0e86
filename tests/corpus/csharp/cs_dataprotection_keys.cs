using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Shared.Web.Security;

public static class DataProtectionRegistration
{
    private const string PfxPassword = "Pr0tect!0n";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration config, bool useVault)
    {
        if (useVault)
        {
            // safe: session-weak-secret
            services.AddDataProtection()
                .PersistKeysToFileSystem(new DirectoryInfo(config["DataProtection:KeyPath"]!))
                .ProtectKeysWithAzureKeyVault(new Uri(config["DataProtection:KeyId"]!), new DefaultAzureCredential());
            return services;
        }

        var certificate = new X509Certificate2(Path.Combine(AppContext.BaseDirectory, "dataprotection.pfx"), PfxPassword);
        // expect: session-weak-secret
        services.AddDataProtection()
            .SetApplicationName("shared-web")
            .PersistKeysToFileSystem(new DirectoryInfo("/var/keys"))
            .ProtectKeysWithCertificate(certificate);

        // expect: session-weak-secret
        services.AddDataProtection().UnprotectKeysWithAnyCertificate(new X509Certificate2("old-dataprotection.pfx", "oldpassword"));
        return services;
    }

    public static IDataProtectionProvider ForConsoleTool()
    {
        // expect: session-weak-secret
        return DataProtectionProvider.Create(new DirectoryInfo("/var/keys"), new X509Certificate2("dataprotection.pfx", "Pr0tect!0n"));
    }

    public static IDataProtectionProvider ForConsoleToolFromStore(IConfiguration config)
    {
        using var store = new X509Store(StoreName.My, StoreLocation.LocalMachine);
        store.Open(OpenFlags.ReadOnly);
        var cert = store.Certificates.Find(X509FindType.FindByThumbprint, config["DataProtection:Thumbprint"]!, false)[0];
        // safe: session-weak-secret
        return DataProtectionProvider.Create(new DirectoryInfo("/var/keys"), cert);
    }

    public static void AddWithEnvPassword(IServiceCollection services)
    {
        var cert = new X509Certificate2("dataprotection.pfx", Environment.GetEnvironmentVariable("DP_CERT_PASSWORD"));
        // safe: session-weak-secret
        services.AddDataProtection().ProtectKeysWithCertificate(cert);
    }
}

// Signs the "sid" cookie of the kiosk front-end (no ASP.NET session there)
public sealed class KioskSessionTokenService
{
    private static readonly byte[] SigningKey = Encoding.UTF8.GetBytes("kiosk-session-key");
    private readonly byte[] _rotatingKey;

    public KioskSessionTokenService(IConfiguration config) =>
        _rotatingKey = Convert.FromBase64String(config["Kiosk:SessionKey"]!);

    public string Issue(string sessionId)
    {
        // expect: session-weak-secret
        using var hmac = new HMACSHA256(SigningKey);
        var mac = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(sessionId)));
        return $"{sessionId}.{mac}";
    }

    public bool IsValid(string cookieValue)
    {
        var parts = cookieValue.Split('.');
        // expect: session-weak-secret
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes("kiosk-session-key"), Encoding.UTF8.GetBytes(parts[0]));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromBase64String(parts[1]));
    }

    public string IssueRotating(string sessionId)
    {
        // safe: session-weak-secret
        using var hmac = new HMACSHA256(_rotatingKey);
        return $"{sessionId}.{Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(sessionId)))}";
    }
}
