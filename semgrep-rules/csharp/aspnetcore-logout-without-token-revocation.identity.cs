using System;
using System.IdentityModel.Tokens.Jwt;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;

public class AccountTokenService
{
    private readonly UserManager<AppUser> users;
    private readonly ITokenDenyList denyList;

    public string Issue(AppUser user)
    {
        var token = new JwtSecurityToken(issuer: "api", audience: "spa", expires: DateTime.UtcNow.AddMinutes(10));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    // ruleid: aspnetcore-logout-without-token-revocation
    public async Task<bool> ResetPasswordHandler(string email, string code, string newPassword)
    {
        var user = await users.FindByEmailAsync(email);
        if (user == null) return false;
        var result = await users.ResetPasswordAsync(user, code, newPassword);
        return result.Succeeded;
    }

    // ruleid: aspnetcore-logout-without-token-revocation
    public async Task<bool> ChangePassword(AppUser user, string current, string next)
    {
        var result = await users.ChangePasswordAsync(user, current, next);
        return result.Succeeded;
    }

    // ok: aspnetcore-logout-without-token-revocation
    public async Task<bool> ChangePasswordAndRevoke(AppUser user, string current, string next)
    {
        var result = await users.ChangePasswordAsync(user, current, next);
        await denyList.RevokeAllForUserAsync(user.Id);
        return result.Succeeded;
    }

    // ok: aspnetcore-logout-without-token-revocation
    public async Task<bool> ResetPasswordBumpingVersion(AppUser user, string code, string next)
    {
        var result = await users.ResetPasswordAsync(user, code, next);
        user.TokenVersion += 1;
        await users.UpdateAsync(user);
        return result.Succeeded;
    }

    // ok: aspnetcore-logout-without-token-revocation
    public async Task<bool> SendPasswordResetMail(string email)
    {
        var user = await users.FindByEmailAsync(email);
        var code = await users.GeneratePasswordResetTokenAsync(user);
        return code != null;
    }
}
