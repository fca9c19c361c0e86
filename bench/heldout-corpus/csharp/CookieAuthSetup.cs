using System;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Fabrikam.Tickets.Infrastructure
{
    /// <summary>
    /// Authentication and session wiring for the ticket desk (ASP.NET Core 6).
    /// </summary>
    public static class CookieAuthSetup
    {
        private const string SessionRedis = "tickets-cache.fabrikam.local:6379,abortConnect=false";

        public static IServiceCollection AddTicketDeskAuth(this IServiceCollection services)
        {
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(options =>
                {
                    options.LoginPath = "/login";
                    options.AccessDeniedPath = "/denied";
                    // expect: session-no-expiry
                    options.ExpireTimeSpan = TimeSpan.FromDays(30);
                    options.SlidingExpiration = true;
                    options.Cookie.Name = "TicketDesk.Auth";
                    // expect: session-cookie-insecure
                    options.Cookie.SecurePolicy = CookieSecurePolicy.None;
                    // expect: session-cookie-insecure
                    options.Cookie.SameSite = SameSiteMode.None;
                });

            services.AddStackExchangeRedisCache(options =>
            {
                // expect: session-insecure-store
                options.Configuration = SessionRedis;
                options.InstanceName = "tickets:";
            });

            services.AddSession(options =>
            {
                options.Cookie.Name = "TicketDesk.Session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // safe: session-no-expiry
                options.IdleTimeout = TimeSpan.FromMinutes(30);
            });

            return services;
        }

        public static IServiceCollection AddKioskAuth(this IServiceCollection services)
        {
            services.AddAuthentication("Kiosk")
                .AddCookie("Kiosk", options =>
                {
                    options.Cookie.Name = "Kiosk.Auth";
                    // safe: session-cookie-insecure
                    options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                    options.Cookie.HttpOnly = true;
                    options.Cookie.SameSite = SameSiteMode.Strict;
                    // safe: session-no-expiry
                    options.ExpireTimeSpan = TimeSpan.FromMinutes(15);
                    options.SlidingExpiration = true;
                });
            return services;
        }
    }
}
