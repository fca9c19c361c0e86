using System;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Distributed;

namespace Tailspin.Travel.Controllers
{
    public record LoginRequest(string Email, string Password);
    public record ChangePasswordRequest(string Current, string Next);

    [ApiController]
    [Route("api/account")]
    public class AccountController : ControllerBase
    {
        private readonly UserManager<TravelUser> _users;
        private readonly SignInManager<TravelUser> _signIn;
        private readonly IDistributedCache _cache;
        private readonly ITokenFactory _tokens;

        public AccountController(UserManager<TravelUser> users, SignInManager<TravelUser> signIn,
            IDistributedCache cache, ITokenFactory tokens)
        {
            _users = users;
            _signIn = signIn;
            _cache = cache;
            _tokens = tokens;
        }

        [HttpPost("token")]
        public async Task<IActionResult> IssueToken(LoginRequest request)
        {
            var user = await _users.FindByEmailAsync(request.Email);
            if (user == null || !await _users.CheckPasswordAsync(user, request.Password))
            {
                return Unauthorized();
            }
            // expect: session-cookie-insecure
            Response.Cookies.Append("tt_access", _tokens.Create(user), new CookieOptions { Path = "/api" });
            return NoContent();
        }

        [HttpPost("token/secure")]
        public async Task<IActionResult> IssueTokenSecure(LoginRequest request)
        {
            var user = await _users.FindByEmailAsync(request.Email);
            if (user == null || !await _users.CheckPasswordAsync(user, request.Password))
            {
                return Unauthorized();
            }
            Response.Cookies.Append("__Host-tt_access", _tokens.Create(user), new CookieOptions
            {
                // safe: session-cookie-insecure
                HttpOnly = true,
                Secure = true,
                SameSite = SameSiteMode.Strict,
                Path = "/",
                MaxAge = TimeSpan.FromMinutes(10)
            });
            return NoContent();
        }

        [HttpPost("web-login")]
        public async Task<IActionResult> WebLogin(LoginRequest request)
        {
            // safe: session-fixation
            var result = await _signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
            if (!result.Succeeded)
            {
                return Unauthorized();
            }
            return NoContent();
        }

        [HttpPost("agent-login")]
        public async Task<IActionResult> AgentLogin(LoginRequest request)
        {
            var user = await _users.FindByEmailAsync(request.Email);
            if (user == null || !await _users.CheckPasswordAsync(user, request.Password))
            {
                return Unauthorized();
            }
            var identity = new ClaimsIdentity(new[] { new Claim(ClaimTypes.NameIdentifier, user.Id) },
                CookieAuthenticationDefaults.AuthenticationScheme);
            // safe: session-fixation
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return NoContent();
        }

        [Authorize]
        [HttpPost("logout")]
        public IActionResult Logout()
        {
            // expect: jwt-no-revocation
            Response.Cookies.Delete("tt_access");
            return NoContent();
        }

        [Authorize]
        [HttpPost("logout/all")]
        public async Task<IActionResult> LogoutAll()
        {
            var jti = User.FindFirstValue(JwtRegisteredClaimNames.Jti);
            // safe: jwt-no-revocation
            await _cache.SetStringAsync($"revoked-jti:{jti}", "1",
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(15) });
            Response.Cookies.Delete("__Host-tt_access");
            return NoContent();
        }

        [Authorize]
        [HttpPost("password")]
        public async Task<IActionResult> ChangePassword(ChangePasswordRequest request)
        {
            var user = await _users.FindByIdAsync(User.FindFirstValue(ClaimTypes.NameIdentifier));
            if (user == null)
            {
                return NotFound();
            }
            if (!await _users.CheckPasswordAsync(user, request.Current))
            {
                return Forbid();
            }
            user.PasswordHash = _users.PasswordHasher.HashPassword(user, request.Next);
            // expect: jwt-no-revocation
            await _users.UpdateAsync(user);
            return NoContent();
        }

        [Authorize]
        [HttpPost("password/v2")]
        public async Task<IActionResult> ChangePasswordV2(ChangePasswordRequest request)
        {
            var user = await _users.FindByIdAsync(User.FindFirstValue(ClaimTypes.NameIdentifier));
            if (user == null)
            {
                return NotFound();
            }
            var result = await _users.ChangePasswordAsync(user, request.Current, request.Next);
            if (!result.Succeeded)
            {
                return BadRequest(result.Errors);
            }
            user.TokenVersion++;
            // safe: jwt-no-revocation
            await _users.UpdateSecurityStampAsync(user);
            return NoContent();
        }
    }

    public class TravelUser : IdentityUser
    {
        public int TokenVersion { get; set; }
    }

    public interface ITokenFactory
    {
        string Create(TravelUser user);
    }
}
