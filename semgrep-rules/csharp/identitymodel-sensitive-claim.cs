using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text.Json;

public class ClaimsFactory
{
    public List<Claim> Build(AppUser user)
    {
        return new List<Claim>
        {
            // ok: identitymodel-sensitive-claim
            new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            // ok: identitymodel-sensitive-claim
            new Claim(ClaimTypes.Role, user.Role),
            // ok: identitymodel-sensitive-claim
            new Claim("tenant", user.TenantId),
            // ruleid: identitymodel-sensitive-claim
            new Claim("password", user.Password),
            // ruleid: identitymodel-sensitive-claim
            new Claim("ssn", user.SocialSecurityNumber),
            // ruleid: identitymodel-sensitive-claim
            new Claim("credit_card", card),
            // ruleid: identitymodel-sensitive-claim
            new Claim("hash", user.PasswordHash),
            // ruleid: identitymodel-sensitive-claim
            new Claim("profile", JsonSerializer.Serialize(user)),
            // ok: identitymodel-sensitive-claim
            new Claim("password_changed_at", user.PasswordChangedAt.ToString("O")),
        };
    }

    public JwtPayload Payload(AppUser user)
    {
        var payload = new JwtPayload
        {
            // ok: identitymodel-sensitive-claim
            { "sub", user.Id },
            // ruleid: identitymodel-sensitive-claim
            { "apiKey", user.ApiKey },
        };
        // ruleid: identitymodel-sensitive-claim
        payload.Add("cardNumber", user.CardNumber);
        // ok: identitymodel-sensitive-claim
        payload.Add("scope", "read write");
        return payload;
    }

    public SecurityTokenDescriptor Descriptor(AppUser user) => new SecurityTokenDescriptor
    {
        Claims = new Dictionary<string, object>
        {
            // ruleid: identitymodel-sensitive-claim
            ["client_secret"] = user.ClientSecret,
            // ok: identitymodel-sensitive-claim
            ["roles"] = user.Roles,
        },
    };
}
