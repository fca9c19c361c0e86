using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Portal.Startup;

public static class CookieAuthenticationSetup
{
    public const string PartnerScheme = "PartnerCookie";

    public static IServiceCollection AddPortalCookieAuthentication(this IServiceCollection services)
    {
        services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
            {
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/account/denied";
                options.Cookie.Name = "__Host-portal";
                options.Cookie.HttpOnly = true;
                // safe: session-cookie-insecure
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // safe: session-no-expiry
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
            })
            .AddCookie(PartnerScheme, options =>
            {
                options.LoginPath = "/partners/login";
                options.Cookie.Name = "partner_auth";
                // expect: session-cookie-insecure
                options.Cookie.SecurePolicy = CookieSecurePolicy.None;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // expect: session-no-expiry
                options.ExpireTimeSpan = TimeSpan.FromDays(60);
                options.SlidingExpiration = true;
            });

        services.AddSession(options =>
        {
            options.Cookie.Name = "__Host-portal.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            // safe: session-no-expiry
            options.IdleTimeout = TimeSpan.FromMinutes(20);
        });

        return services;
    }
}
