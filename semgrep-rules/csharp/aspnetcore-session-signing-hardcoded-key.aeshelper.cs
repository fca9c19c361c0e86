using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

public static class LoginCookieCodec
{
    private static readonly byte[] Salt = Encoding.ASCII.GetBytes("a-salt-value-of-the-app");

    public static string Seal(string userName)
    {
        // ruleid: aspnetcore-session-signing-hardcoded-key
        return EncryptStringAes(userName, "k9QvX2mB7tLwR4zN8pD3sF6hJ1cY5gE0");
    }

    public static string Open(string cookieValue)
    {
        // ruleid: aspnetcore-session-signing-hardcoded-key
        return DecryptStringAes(cookieValue, "k9QvX2mB7tLwR4zN8pD3sF6hJ1cY5gE0");
    }

    public static string SealWithConfiguredSecret(string userName, string configuredSecret)
    {
        // ok: aspnetcore-session-signing-hardcoded-key
        return EncryptStringAes(userName, configuredSecret);
    }

    private static string EncryptStringAes(string plainText, string sharedSecret)
    {
        var key = new Rfc2898DeriveBytes(sharedSecret, Salt);
        using (var aes = new RijndaelManaged())
        {
            aes.Key = key.GetBytes(aes.KeySize / 8);
            return Convert.ToBase64String(aes.IV);
        }
    }

    private static string DecryptStringAes(string cipherText, string sharedSecret)
    {
        var key = new Rfc2898DeriveBytes(sharedSecret, Salt);
        using (var aes = new RijndaelManaged())
        {
            aes.Key = key.GetBytes(aes.KeySize / 8);
            return cipherText;
        }
    }
}

public static class ReportExport
{
    public static string Pack(string csv)
    {
        // ok: aspnetcore-session-signing-hardcoded-key
        return EncryptStringAes(csv, "report-export-passphrase-0001");
    }

    private static string EncryptStringAes(string plainText, string sharedSecret) => plainText;
}
