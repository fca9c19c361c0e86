using System;
using System.IdentityModel.Tokens.Jwt;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

[ApiController]
[Route("[controller]")]
public class UsersController : ControllerBase
{
    private readonly IUserService _userService;

    [HttpPost("authenticate")]
    public IActionResult Authenticate([FromBody] UserDto userDto)
    {
        var user = _userService.Authenticate(userDto.Username, userDto.Password);
        var tokenHandler = new JwtSecurityTokenHandler();
        var tokenDescriptor = new SecurityTokenDescriptor { Expires = DateTime.UtcNow.AddMinutes(15) };
        return Ok(new { Token = tokenHandler.WriteToken(tokenHandler.CreateToken(tokenDescriptor)) });
    }

    // ok: aspnetcore-logout-without-token-revocation
    [HttpPost("register")]
    public IActionResult Register([FromBody] UserDto userDto)
    {
        _userService.Create(new User(), userDto.Password);
        return Ok();
    }

    // ruleid: aspnetcore-logout-without-token-revocation
    [HttpPut("{id}")]
    public IActionResult Update(int id, [FromBody] UserDto userDto)
    {
        var user = new User { Id = id };
        try
        {
            _userService.Update(user, userDto.Password);
            return Ok();
        }
        catch (AppException ex)
        {
            return BadRequest(new { message = ex.Message });
        }
    }

    // ok: aspnetcore-logout-without-token-revocation
    [HttpPut("{id}/password")]
    public async Task<IActionResult> ChangePasswordAsync(int id, [FromBody] PasswordDto dto)
    {
        await _userService.UpdatePasswordAsync(id, dto.NewPassword);
        await _userService.RevokeAllTokensAsync(id);
        return Ok();
    }

    // ok: aspnetcore-logout-without-token-revocation
    [HttpPut("{id}/profile")]
    public IActionResult UpdateProfile(int id, [FromBody] ProfileDto dto)
    {
        _userService.Update(id, dto.DisplayName);
        return Ok();
    }
}
