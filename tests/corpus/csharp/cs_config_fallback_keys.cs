using System;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Harbor.Billing.Auth
{
    // Builds signing keys for the billing API; every key has a development fallback.
    public sealed class BillingKeyProvider
    {
        private readonly IConfiguration _settings;

        public BillingKeyProvider(IConfiguration settings)
        {
            _settings = settings;
        }

        public SymmetricSecurityKey InvoiceKey()
        {
            // expect: jwt-weak-secret
            var invoiceSecret = _settings["Billing:InvoiceTokenKey"] ?? "billing-invoice-dev-key-0000000000000000";
            if (invoiceSecret.Length < 32)
            {
                throw new InvalidOperationException("key too short");
            }
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(invoiceSecret));
        }

        public SigningCredentials PortalCredentials()
        {
            // expect: jwt-weak-secret
            string portal = _settings.GetValue<string>("Billing:PortalKey", "portal-fallback-signing-key-please-change");
            var key = new SymmetricSecurityKey(Encoding.ASCII.GetBytes(portal));
            return new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        }

        public TokenValidationParameters WebhookValidation()
        {
            return new TokenValidationParameters
            {
                ValidIssuer = "harbor-billing",
                ValidAudience = "harbor-webhooks",
                // expect: jwt-weak-secret
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_settings.GetValue<string>("Billing:WebhookKey", "webhook-dev-key-00000000000000000000"))),
            };
        }

        public SymmetricSecurityKey ReportingKey()
        {
            // safe: jwt-weak-secret
            var reporting = _settings["Billing:ReportingKey"] ?? throw new InvalidOperationException("Billing:ReportingKey missing");
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(reporting));
        }

        public SymmetricSecurityKey ArchiveKey()
        {
            // safe: jwt-weak-secret
            var archive = Environment.GetEnvironmentVariable("BILLING_ARCHIVE_KEY") ?? _settings["Billing:ArchiveKey"];
            return new SymmetricSecurityKey(Convert.FromBase64String(archive!));
        }

        public string DisplayName()
        {
            // safe: jwt-weak-secret
            var name = _settings["Billing:DisplayName"] ?? "Harbor Billing";
            return name.Trim();
        }
    }
}
