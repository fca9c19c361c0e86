using System;
using System.IdentityModel.Tokens.Jwt;
using Microsoft.IdentityModel.Tokens;

public static class GateChecks
{
    public static bool Lenient(string token, byte[] key)
    {
        var handler = new JwtSecurityTokenHandler();
        bool valid = true;
        try
        {
            var parsed = handler.ReadJwtToken(token);
            // ruleid: identitymodel-validation-gated-by-header-alg
            if (parsed.Header.Alg == "HS256")
            {
                handler.ValidateToken(token, new TokenValidationParameters { IssuerSigningKey = new SymmetricSecurityKey(key) }, out _);
            }
        }
        catch (Exception) { valid = false; }
        return valid;
    }

    public static bool Strict(string token, byte[] key)
    {
        var handler = new JwtSecurityTokenHandler();
        bool valid = false;
        try
        {
            var parsed = handler.ReadJwtToken(token);
            // ok: identitymodel-validation-gated-by-header-alg
            if (parsed.Header.Alg == "HS256")
            {
                handler.ValidateToken(token, new TokenValidationParameters { IssuerSigningKey = new SymmetricSecurityKey(key) }, out _);
                valid = true;
            }
        }
        catch (Exception) { valid = false; }
        return valid;
    }

    public static bool Rejecting(string token, byte[] key)
    {
        var handler = new JwtSecurityTokenHandler();
        bool valid = true;
        var parsed = handler.ReadJwtToken(token);
        // ok: identitymodel-validation-gated-by-header-alg
        if (parsed.Header.Alg != "HS256")
        {
            valid = false;
        }
        handler.ValidateToken(token, new TokenValidationParameters { IssuerSigningKey = new SymmetricSecurityKey(key) }, out _);
        return valid;
    }
}
