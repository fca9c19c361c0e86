using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Northwind.Clinic.Auth
{
    public sealed class JwtOptions
    {
        public string Issuer { get; set; } = "";
        public string Audience { get; set; } = "";
        public string SigningKey { get; set; } = "";
    }

    /// <summary>Issues access and refresh tokens for the clinic portal.</summary>
    public class JwtTokenService
    {
        // expect: jwt-weak-secret
        private const string LabIntegrationKey = "lab-integration-shared-key";

        private readonly JwtOptions _options;
        private readonly IRefreshTokenStore _refreshTokens;
        private readonly SigningCredentials _credentials;

        public JwtTokenService(IOptions<JwtOptions> options, IRefreshTokenStore refreshTokens)
        {
            _options = options.Value;
            _refreshTokens = refreshTokens;
            // safe: jwt-weak-secret
            var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_options.SigningKey));
            _credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        }

        public string CreateAccessToken(Patient patient)
        {
            var descriptor = new SecurityTokenDescriptor
            {
                Issuer = _options.Issuer,
                Audience = _options.Audience,
                Subject = new ClaimsIdentity(new[]
                {
                    // safe: jwt-sensitive-payload
                    new Claim(JwtRegisteredClaimNames.Sub, patient.Id.ToString()),
                    // safe: jwt-sensitive-payload
                    new Claim("role", "patient"),
                }),
                // safe: jwt-long-lived
                Expires = DateTime.UtcNow.AddMinutes(10),
                SigningCredentials = _credentials
            };
            return new JsonWebTokenHandler().CreateToken(descriptor);
        }

        public string CreateMobileToken(Patient patient)
        {
            var descriptor = new SecurityTokenDescriptor
            {
                Issuer = _options.Issuer,
                Audience = "clinic-mobile",
                Subject = new ClaimsIdentity(new[]
                {
                    new Claim(JwtRegisteredClaimNames.Sub, patient.Id.ToString()),
                    new Claim(JwtRegisteredClaimNames.Name, patient.FullName),
                    // expect: jwt-sensitive-payload
                    new Claim("ssn", patient.SocialSecurityNumber),
                    // expect: jwt-sensitive-payload
                    new Claim("dob", patient.DateOfBirth.ToString("yyyy-MM-dd")),
                }),
                // expect: jwt-long-lived
                Expires = DateTime.UtcNow.AddDays(7),
                SigningCredentials = _credentials
            };
            return new JsonWebTokenHandler().CreateToken(descriptor);
        }

        public string CreateLabToken(string labId, Patient patient)
        {
            var creds = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(LabIntegrationKey)), SecurityAlgorithms.HmacSha256);
            var claims = new List<Claim> { new Claim("lab", labId) };
            // expect: jwt-sensitive-payload
            claims.Add(new Claim("patient", JsonSerializer.Serialize(patient)));
            // expect: jwt-long-lived
            var token = new JwtSecurityToken(_options.Issuer, "lab-gateway", claims, signingCredentials: creds);
            return new JwtSecurityTokenHandler().WriteToken(token);
        }

        public string CreateReportToken(string reportId)
        {
            var header = new JwtHeader();
            var payload = new JwtPayload(_options.Issuer, "report-viewer",
                new[] { new Claim("report", reportId) }, DateTime.UtcNow,
                // expect: jwt-long-lived
                DateTime.UtcNow.AddHours(24));
            // expect: jwt-none-algorithm
            var unsigned = new JwtSecurityToken(header, payload);
            return new JwtSecurityTokenHandler().WriteToken(unsigned);
        }

        public string CreateServiceToken(string serviceName)
        {
            var handler = new JsonWebTokenHandler();
            return handler.CreateToken(new SecurityTokenDescriptor
            {
                Issuer = _options.Issuer,
                Audience = "lab-results",
                Subject = new ClaimsIdentity(new[]
                {
                    new Claim(JwtRegisteredClaimNames.Sub, serviceName),
                    // safe: jwt-sensitive-payload
                    new Claim("scope", "lab.results.write"),
                }),
                // safe: jwt-long-lived
                Expires = DateTime.UtcNow.AddMinutes(5),
                SigningCredentials = _credentials
            });
        }

        public string CreateRefreshToken(Patient patient)
        {
            var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
            // safe: jwt-long-lived
            _refreshTokens.Save(patient.Id, value, DateTime.UtcNow.AddDays(14), rotatedFrom: null);
            return value;
        }
    }

    public interface IRefreshTokenStore
    {
        void Save(Guid patientId, string token, DateTime expiresAt, string? rotatedFrom);
    }

    public class Patient
    {
        public Guid Id { get; set; }
        public string FullName { get; set; } = "";
        public string SocialSecurityNumber { get; set; } = "";
        public DateTime DateOfBirth { get; set; }
    }
}
