using System;
using System.IdentityModel.Tokens.Jwt;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using IdentityModel.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

[ApiController]
[Route("api/account")]
public class AccountController : ControllerBase
{
    private readonly HttpClient _http;
    private readonly ITokenStore _tokenStore;

    [HttpGet("me")]
    public IActionResult Me()
    {
        var token = Request.Headers["Authorization"].ToString().Replace("Bearer ", "");
        var handler = new JwtSecurityTokenHandler();
        // ruleid: csharp-request-input-context
        var jwt = handler.ReadJwtToken(token);
        return Ok(jwt.Subject);
    }

    public IActionResult FromHeader([FromHeader] string authorization)
    {
        // ruleid: csharp-request-input-context
        var sub = new JwtSecurityTokenHandler().ReadJwtToken(authorization.Substring(7)).Subject;
        return Ok(sub);
    }

    public IActionResult Named([FromHeader(Name = "Authorization")] string auth)
    {
        var raw = auth.Split(' ')[1];
        // ruleid: csharp-request-input-context
        var jwt = new JsonWebToken(raw);
        return Ok(jwt.Subject);
    }

    public IActionResult Cookie()
    {
        var raw = HttpContext.Request.Cookies["access_token"];
        // ruleid: csharp-request-input-context
        var jwt = new JwtSecurityToken(raw);
        return Ok(jwt.Claims.Count());
    }

    public IActionResult Refresh([FromBody] RefreshDto body)
    {
        // ruleid: csharp-request-input-context
        var jwt = new JsonWebTokenHandler().ReadJsonWebToken(body.RefreshToken);
        return Ok(jwt.Subject);
    }

    public IActionResult Query([FromQuery(Name = "id_token")] string idToken)
    {
        // ruleid: csharp-request-input-context
        var jwt = new JwtSecurityTokenHandler().ReadToken(idToken) as JwtSecurityToken;
        return Ok(jwt.Payload["email"]);
    }

    // A DTO named `request` that the action received.
    [HttpPost("exchange")]
    public IActionResult Exchange(TokenExchangeRequest request)
    {
        // ruleid: csharp-request-input-context
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(request.SubjectToken);
        return Ok(jwt.Subject);
    }

    // An unannotated parameter of an attribute-routed action is bound from the request.
    [HttpGet("tenant")]
    public IActionResult Tenant(string token)
    {
        // ruleid: csharp-request-input-context
        JsonWebToken jwt = new JsonWebTokenHandler().ReadJsonWebToken(token);
        return Ok(jwt.GetClaim("tenant").Value);
    }

    // Manual payload decoding of the bearer token.
    [HttpGet("manual")]
    public IActionResult Manual()
    {
        var payload = Request.Headers.Authorization.ToString()[7..].Split('.')[1];
        // ruleid: csharp-request-input-context
        return Ok(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(payload)));
    }

    // A helper's own parameter, no request in sight.
    private string SubjectOf(string token)
    {
        // ok: csharp-request-input-context
        return new JwtSecurityTokenHandler().ReadJwtToken(token).Subject;
    }

    // The app's own call to its identity provider: the token response is not the request.
    private async Task<string> ServiceToken()
    {
        var request = new ClientCredentialsTokenRequest { Address = "https://id.example.com/connect/token", ClientId = "api" };
        var response = await _http.RequestClientCredentialsTokenAsync(request);
        // ok: csharp-request-input-context
        return new JwtSecurityTokenHandler().ReadJwtToken(response.AccessToken).Subject;
    }

    private async Task<string> Downstream()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://id.example.com/oauth/token");
        var response = await _http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        // ok: csharp-request-input-context
        return new JsonWebToken(body.IdToken).Subject;
    }

    // A token read from the app's own store, keyed by the caller.
    [HttpGet("stored")]
    public async Task<IActionResult> Stored()
    {
        var saved = await _tokenStore.GetAsync(Request.Query["user"]);
        // ok: csharp-request-input-context
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(saved);
        return Ok(jwt.ValidTo);
    }
}

public class TokenMiddleware
{
    private readonly RequestDelegate _next;

    public async Task InvokeAsync(HttpContext context)
    {
        string header = context.Request.Headers.Authorization;
        // ruleid: csharp-request-input-context
        var jwt = new JsonWebTokenHandler().ReadJsonWebToken(header["Bearer ".Length..]);
        context.Items["sub"] = jwt.Subject;
        await _next(context);
    }
}

public static class Endpoints
{
    public static string FromHttpRequest(HttpRequest r)
    {
        var raw = r.Headers["Authorization"].ToString().Substring(7);
        // ruleid: csharp-request-input-context
        return new JwtSecurityTokenHandler().ReadJwtToken(raw).Subject;
    }

    public static string FromConfig(IConfiguration config)
    {
        // ok: csharp-request-input-context
        return new JwtSecurityTokenHandler().ReadJwtToken(config["ServiceToken"]).Subject;
    }
}
