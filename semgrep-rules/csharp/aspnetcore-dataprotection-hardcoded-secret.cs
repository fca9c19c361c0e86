using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

public static class DataProtectionSetup
{
    private const string CertPassword = "P@ssw0rd!";

    public static void Add(IServiceCollection services, IConfiguration config)
    {
        // ruleid: aspnetcore-dataprotection-hardcoded-secret
        services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo("/keys"))
            .ProtectKeysWithCertificate(new X509Certificate2("dataprotection.pfx", "changeit"));

        // ruleid: aspnetcore-dataprotection-hardcoded-secret
        var cert = new X509Certificate2("dp.pfx", CertPassword);
        services.AddDataProtection().ProtectKeysWithCertificate(cert);

        var fromConfig = new X509Certificate2("dp.pfx", config["DataProtection:CertPassword"]);
        // ok: aspnetcore-dataprotection-hardcoded-secret
        services.AddDataProtection().ProtectKeysWithCertificate(fromConfig);
        // ok: aspnetcore-dataprotection-hardcoded-secret
        services.AddDataProtection().ProtectKeysWithCertificate(config["DataProtection:Thumbprint"]);
    }
}
