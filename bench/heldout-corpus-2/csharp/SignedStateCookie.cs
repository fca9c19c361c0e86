using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Acme.Kiosk.Web.Infrastructure;

/// <summary>
/// Stateless session for the kiosk terminals: the whole session dictionary travels in
/// one signed cookie so the terminals keep working when the API node they hit changes.
/// </summary>
public sealed class SignedStateCookie
{
    public const string CookieName = "kiosk_state";

    // expect: session-weak-secret
    private static readonly byte[] SigningKey = Encoding.UTF8.GetBytes("kiosk-state-secret");

    public void Write(HttpResponse response, IDictionary<string, string> state)
    {
        var payload = Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(state));
        using var hmac = new HMACSHA256(SigningKey);
        var signature = Base64UrlEncode(hmac.ComputeHash(Encoding.ASCII.GetBytes(payload)));
        // safe: session-cookie-insecure
        response.Cookies.Append(CookieName, $"{payload}.{signature}", new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            MaxAge = TimeSpan.FromHours(4),
        });
    }

    public IDictionary<string, string>? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var raw) || raw.IndexOf('.') < 0)
        {
            return null;
        }
        var parts = raw.Split('.', 2);
        using var hmac = new HMACSHA256(SigningKey);
        var expected = Base64UrlEncode(hmac.ComputeHash(Encoding.ASCII.GetBytes(parts[0])));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[1])))
        {
            return null;
        }
        return JsonSerializer.Deserialize<Dictionary<string, string>>(Base64UrlDecode(parts[0]));
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string value)
    {
        var s = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
