using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Security;

// "Remember me" cookie: userId|expiry|mac
public class RememberMeCookieService
{
    private const string CookieSecret = "forum-remember-me-secret";
    private readonly byte[] _configuredKey;

    public RememberMeCookieService(IConfiguration config) =>
        _configuredKey = Convert.FromBase64String(config["Forum:RememberMeKey"] ?? throw new InvalidOperationException());

    public string CreateValue(int userId, DateTimeOffset expires)
    {
        var payload = $"{userId}|{expires.ToUnixTimeSeconds()}";
        // expect: session-weak-secret
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(CookieSecret));
        return payload + "|" + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }

    public string CreateValueV2(int userId, DateTimeOffset expires)
    {
        var payload = $"{userId}|{expires.ToUnixTimeSeconds()}";
        // safe: session-weak-secret
        using var hmac = new HMACSHA256(_configuredKey);
        return payload + "|" + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }

    public void Write(HttpResponse response, int userId)
    {
        // expect: session-cookie-insecure
        response.Cookies.Append("remember_me", CreateValue(userId, DateTimeOffset.UtcNow.AddDays(30)), new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddDays(30),
            IsEssential = true,
        });
    }
}

// Legacy session ticket encryption shared with the PHP forum
public static class SessionTicketCrypto
{
    private static readonly byte[] TicketKey = Convert.FromBase64String("q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=");

    public static byte[] Encrypt(byte[] ticket)
    {
        using var aes = Aes.Create();
        // expect: session-weak-secret
        aes.Key = TicketKey;
        aes.GenerateIV();
        return aes.EncryptCbc(ticket, aes.IV);
    }

    public static byte[] Sign(byte[] ticket)
    {
        // expect: session-weak-secret
        return HMACSHA512.HashData(Encoding.ASCII.GetBytes("legacy-session-ticket-mac"), ticket);
    }

    public static byte[] SignWithEnvKey(byte[] ticket)
    {
        var key = Convert.FromBase64String(Environment.GetEnvironmentVariable("SESSION_TICKET_MAC_KEY")!);
        // safe: session-weak-secret
        return HMACSHA512.HashData(key, ticket);
    }
}

public class WebhookSignature
{
    public static bool Matches(string body, string header)
    {
        // safe: session-weak-secret
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("local-webhook-dev-secret"));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body))) == header;
    }
}

[ApiController]
public class ForumLoginController : ControllerBase
{
    private readonly IForumUsers _users;
    private readonly RememberMeCookieService _rememberMe;

    public ForumLoginController(IForumUsers users, RememberMeCookieService rememberMe)
    {
        _users = users;
        _rememberMe = rememberMe;
    }

    [HttpPost("/forum/login")]
    public async Task<IActionResult> DoLogin(string user, string password)
    {
        var member = await _users.AuthenticateAsync(user, password);
        if (member is null) return Unauthorized();
        // expect: session-fixation
        HttpContext.Session.SetInt32("forum.uid", member.Id);
        _rememberMe.Write(Response, member.Id);
        return Ok();
    }

    // safe: session-fixation
    [HttpGet("/forum/login")]
    public IActionResult Login(string? returnUrl)
    {
        HttpContext.Session.SetString("forum.returnUrl", returnUrl ?? "/");
        return Ok();
    }
}
