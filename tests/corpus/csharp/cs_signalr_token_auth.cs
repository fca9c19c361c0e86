using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.IdentityModel.Tokens;

namespace Chat.Server;

public static class ChatAuth
{
    // expect: jwt-weak-secret
    public static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("chat-server-jwt-secret-key-2023"));

    public static TokenValidationParameters Parameters() => new()
    {
        IssuerSigningKey = Key,
        ValidIssuer = "chat",
        ValidAudience = "chat-clients",
        // safe: jwt-none-algorithm
        ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
    };
}

public class ChatHub : Hub
{
    public async Task JoinRoom(string room, string accessToken)
    {
        // expect: jwt-signature-not-verified
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(accessToken);
        if (!jwt.Claims.Any(c => c.Type == "room" && c.Value == room))
            throw new HubException("Not a member of this room");
        await Groups.AddToGroupAsync(Context.ConnectionId, room);
    }

    public async Task JoinRoomVerified(string room, string accessToken)
    {
        // safe: jwt-signature-not-verified
        var principal = new JwtSecurityTokenHandler().ValidateToken(accessToken, ChatAuth.Parameters(), out _);
        if (!principal.HasClaim("room", room)) throw new HubException("Not a member of this room");
        await Groups.AddToGroupAsync(Context.ConnectionId, room);
    }
}

[ApiController]
[Route("api/chat/session")]
public class ChatSessionController : ControllerBase
{
    private readonly IDistributedCache _cache;

    public ChatSessionController(IDistributedCache cache) => _cache = cache;

    // expect: jwt-no-revocation
    [HttpDelete]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        await Task.Yield();
        Response.Cookies.Delete("chat_access_token");
        return NoContent();
    }

    // safe: jwt-no-revocation
    [HttpDelete("current")]
    [Authorize]
    public async Task<IActionResult> LogoutAsync()
    {
        var jti = User.FindFirstValue(JwtRegisteredClaimNames.Jti)!;
        await _cache.SetStringAsync("chat:denylist:" + jti, "1", new DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(15),
        });
        Response.Cookies.Delete("chat_access_token");
        return NoContent();
    }
}

public class ProfilePage : Microsoft.AspNetCore.Mvc.RazorPages.PageModel { }

// Pages/Account/Logout.cshtml.cs
public class LogoutModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    // expect: jwt-no-revocation
    public IActionResult OnPost()
    {
        Response.Cookies.Delete("chat_access_token");
        Response.Cookies.Delete("chat_refresh_token");
        return RedirectToPage("/Index");
    }
}
