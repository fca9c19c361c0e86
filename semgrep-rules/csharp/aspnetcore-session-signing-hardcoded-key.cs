using System;
using System.Security.Cryptography;
using System.Text;

public sealed class SessionCookieSigner
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("session-signing-key-please-change");

    public string Sign(string sessionId)
    {
        // ruleid: aspnetcore-session-signing-hardcoded-key
        using var hmac = new HMACSHA256(Key);
        return sessionId + "." + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(sessionId)));
    }

    public bool Verify(string value)
    {
        var parts = value.Split('.');
        // ruleid: aspnetcore-session-signing-hardcoded-key
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes("session-signing-key-please-change"), Encoding.UTF8.GetBytes(parts[0]));
        return CryptographicOperations.FixedTimeEquals(mac, Convert.FromBase64String(parts[1]));
    }
}

public class RememberMeService
{
    private readonly byte[] _key;
    public RememberMeService(IConfiguration config) => _key = Convert.FromBase64String(config["RememberMe:Key"]!);

    public string CreateRememberCookie(string user)
    {
        // ok: aspnetcore-session-signing-hardcoded-key
        using var hmac = new HMACSHA256(_key);
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(user)));
    }
}

public class WebhookVerifier
{
    public bool Verify(string body, string signature)
    {
        // ok: aspnetcore-session-signing-hardcoded-key
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("webhook-test-secret"));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body))) == signature;
    }
}

public class AuthTicketProtector
{
    public byte[] Protect(byte[] ticket)
    {
        using var aes = Aes.Create();
        // ruleid: aspnetcore-session-signing-hardcoded-key
        aes.Key = Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef");
        // ok: aspnetcore-session-signing-hardcoded-key
        aes.IV = RandomNumberGenerator.GetBytes(16);
        return aes.EncryptCbc(ticket, aes.IV);
    }
}
