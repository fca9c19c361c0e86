using System;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Legacy.Api
{
    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddJwtBearer(options =>
                {
                    options.RequireHttpsMetadata = false;
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidateIssuer = false,
                        ValidIssuer = "legacy",
                        ValidateAudience = false,
                        // expect: jwt-claims-not-validated
                        ValidateLifetime = false,
                        // expect: jwt-weak-secret
                        IssuerSigningKey = new SymmetricSecurityKey(Encoding.ASCII.GetBytes("secret")),
                        ValidateIssuerSigningKey = true,
                        // expect: jwt-none-algorithm
                        RequireSignedTokens = false,
                    };
                });
        }
    }

    public class LegacyTokenController
    {
        private readonly TokenValidationParameters _parameters;

        public LegacyTokenController(TokenValidationParameters parameters)
        {
            _parameters = parameters;
            // expect: jwt-claims-not-validated
            _parameters.ClockSkew = TimeSpan.FromMinutes(60);
            // expect: jwt-none-algorithm
            _parameters.ValidAlgorithms = new[] { "HS256", "RS256", "ES256" };
            // expect: jwt-none-algorithm
            _parameters.AlgorithmValidator = (algorithm, key, token, validationParameters) => true;
        }

        public string Issue(string userName, string role)
        {
            var claims = new[]
            {
                // safe: jwt-sensitive-payload
                new Claim(ClaimsIdentity.DefaultNameClaimType, userName),
                // safe: jwt-sensitive-payload
                new Claim(ClaimsIdentity.DefaultRoleClaimType, role),
            };
            // expect: jwt-long-lived
            var jwt = new JwtSecurityToken(
                "legacy",
                "legacy-clients",
                claims,
                DateTime.UtcNow,
                DateTime.UtcNow.Add(TimeSpan.FromDays(365)),
                new SigningCredentials(new SymmetricSecurityKey(Encoding.ASCII.GetBytes(Environment.GetEnvironmentVariable("LEGACY_KEY")!)), SecurityAlgorithms.HmacSha256));
            return new JwtSecurityTokenHandler().WriteToken(jwt);
        }

        public string IssueForever(string userName)
        {
            var creds = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(Environment.GetEnvironmentVariable("LEGACY_KEY")!)), SecurityAlgorithms.HmacSha256);
            // expect: jwt-long-lived
            var jwt = new JwtSecurityToken(issuer: "legacy", audience: "legacy-clients",
                claims: new[] { new Claim("name", userName) }, signingCredentials: creds);
            return new JwtSecurityTokenHandler().WriteToken(jwt);
        }

        public string IssueUnsigned(string userName)
        {
            // expect: jwt-none-algorithm
            var header = new JwtHeader();
            var payload = new JwtPayload("legacy", "legacy-clients", new[] { new Claim("name", userName) }, null, DateTime.UtcNow.AddMinutes(5));
            return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(header, payload));
        }

        public string IssueHardened(string userName, SigningCredentials creds)
        {
            // safe: jwt-none-algorithm
            var header = new JwtHeader(creds);
            var payload = new JwtPayload("legacy", "legacy-clients", new[] { new Claim("name", userName) }, null,
                // safe: jwt-long-lived
                DateTime.UtcNow.AddMinutes(5));
            return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(header, payload));
        }
    }
}
