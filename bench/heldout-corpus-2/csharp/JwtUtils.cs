using System;
using System.IdentityModel.Tokens.Jwt;
using System.Linq;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Acme.Members.Helpers
{
    public interface IJwtUtils
    {
        string GenerateToken(Member member);
        int? ValidateToken(string token);
    }

    public class JwtUtils : IJwtUtils
    {
        private const string Secret = "THIS IS USED TO SIGN AND VERIFY JWT TOKENS, REPLACE IT WITH YOUR OWN SECRET";

        public string GenerateToken(Member member)
        {
            var tokenHandler = new JwtSecurityTokenHandler();
            var tokenDescriptor = new SecurityTokenDescriptor
            {
                Subject = new ClaimsIdentity(new[]
                {
                    // safe: jwt-sensitive-payload
                    new Claim("id", member.Id.ToString()),
                    // expect: jwt-sensitive-payload
                    new Claim("password_hash", member.PasswordHash),
                }),
                // expect: jwt-long-lived
                Expires = DateTime.UtcNow.AddDays(7),
                // expect: jwt-weak-secret
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.ASCII.GetBytes(Secret)), SecurityAlgorithms.HmacSha256Signature)
            };
            var token = tokenHandler.CreateToken(tokenDescriptor);
            return tokenHandler.WriteToken(token);
        }

        public int? ValidateToken(string token)
        {
            if (token == null)
                return null;

            var tokenHandler = new JwtSecurityTokenHandler();
            try
            {
                tokenHandler.ValidateToken(token, new TokenValidationParameters
                {
                    ValidateIssuerSigningKey = true,
                    // expect: jwt-weak-secret
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.ASCII.GetBytes(Secret)),
                    // expect: jwt-claims-not-validated
                    ValidateIssuer = false,
                    // expect: jwt-claims-not-validated
                    ValidateAudience = false,
                    ClockSkew = TimeSpan.Zero
                }, out SecurityToken validatedToken);

                var jwtToken = (JwtSecurityToken)validatedToken;
                return int.Parse(jwtToken.Claims.First(x => x.Type == "id").Value);
            }
            catch
            {
                return null;
            }
        }
    }
}
