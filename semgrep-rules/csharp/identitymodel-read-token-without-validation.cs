using System.IdentityModel.Tokens.Jwt;
using System.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

[ApiController]
[Route("api/admin")]
public class AdminController : ControllerBase
{
    private readonly TokenValidationParameters _tvp;

    [HttpDelete("users/{id}")]
    public IActionResult DeleteUser(int id)
    {
        var token = Request.Headers["Authorization"].ToString().Replace("Bearer ", "");
        var handler = new JwtSecurityTokenHandler();
        // ruleid: identitymodel-read-token-without-validation
        var jwt = handler.ReadJwtToken(token);
        var role = jwt.Claims.First(c => c.Type == "role").Value;
        if (role != "admin") return Forbid();
        return NoContent();
    }

    [HttpGet("me")]
    public IActionResult Me([FromHeader] string authorization)
    {
        // ruleid: identitymodel-read-token-without-validation
        var sub = new JwtSecurityTokenHandler().ReadJwtToken(authorization.Substring(7)).Subject;
        return Ok(sub);
    }

    [HttpGet("tenant")]
    public IActionResult Tenant(string token)
    {
        // ruleid: identitymodel-read-token-without-validation
        JsonWebToken jwt = new JsonWebTokenHandler().ReadJsonWebToken(token);
        if (jwt.TryGetClaim("tenant", out var tenant)) return Ok(tenant.Value);
        return BadRequest();
    }

    [HttpGet("legacy")]
    public IActionResult Legacy(string token)
    {
        // ruleid: identitymodel-read-token-without-validation
        var jwt = new JwtSecurityTokenHandler().ReadToken(token) as JwtSecurityToken;
        return Ok(jwt.Payload["email"]);
    }

    [HttpGet("kid")]
    public IActionResult Kid(string token)
    {
        // ok: identitymodel-read-token-without-validation
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token);
        _tvp.IssuerSigningKey = KeyStore.Find(jwt.Header.Kid);
        var principal = new JwtSecurityTokenHandler().ValidateToken(token, _tvp, out _);
        return Ok(principal.Claims.Count());
    }

    [HttpGet("expiry")]
    public IActionResult Expiry(string token)
    {
        // ok: identitymodel-read-token-without-validation
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token);
        return Ok(jwt.ValidTo);
    }

    [Authorize]
    [HttpGet("profile")]
    public IActionResult Profile()
    {
        var raw = Request.Headers["Authorization"].ToString().Substring(7);
        // ok: identitymodel-read-token-without-validation
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(raw);
        return Ok(jwt.Claims.Select(c => c.Type));
    }
}

public class JwtAuthStateProvider : AuthenticationStateProvider
{
    public override async Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var token = await _localStorage.GetItemAsStringAsync("authToken");
        // ok: identitymodel-read-token-without-validation
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token);
        return new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "jwt")));
    }
}
