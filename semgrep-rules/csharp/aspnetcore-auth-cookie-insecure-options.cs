using System;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

public static class CookieAuthSetup
{
    public static void Configure(IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/login";
                // ruleid: aspnetcore-auth-cookie-insecure-options
                options.Cookie.SecurePolicy = CookieSecurePolicy.None;
                // ruleid: aspnetcore-auth-cookie-insecure-options
                options.Cookie.HttpOnly = false;
                // ruleid: aspnetcore-auth-cookie-insecure-options
                options.Cookie.SameSite = SameSiteMode.None;
            });

        services.AddSession(o =>
        {
            // ruleid: aspnetcore-auth-cookie-insecure-options
            o.Cookie = new CookieBuilder { Name = ".app.session", HttpOnly = false };
        });

        services.Configure<CookiePolicyOptions>(p =>
        {
            // ruleid: aspnetcore-auth-cookie-insecure-options
            p.Secure = CookieSecurePolicy.None;
        });

        services.ConfigureApplicationCookie(o =>
        {
            // ok: aspnetcore-auth-cookie-insecure-options
            o.Cookie.SameSite = SameSiteMode.None;
            // ok: aspnetcore-auth-cookie-insecure-options
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            // ok: aspnetcore-auth-cookie-insecure-options
            o.Cookie.HttpOnly = true;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".app.auth";
            // None only behind an https base URL: SameAsRequest keeps the cookie Secure there
            if (baseUrl?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true)
            {
                // ok: aspnetcore-auth-cookie-insecure-options
                o.Cookie.SameSite = SameSiteMode.None;
            }
            if (allowEmbedding)
            {
                // ruleid: aspnetcore-auth-cookie-insecure-options
                o.Cookie.SameSite = SameSiteMode.None;
            }
        });

        services.AddAntiforgery(a =>
        {
            // ok: aspnetcore-auth-cookie-insecure-options
            a.Cookie.HttpOnly = false;
        });
    }

    public static void ConfigureOwin(IAppBuilder app)
    {
        app.UseCookieAuthentication(new CookieAuthenticationOptions
        {
            AuthenticationType = "ApplicationCookie",
            // ruleid: aspnetcore-auth-cookie-insecure-options
            CookieSecure = CookieSecureOption.Never,
            // ruleid: aspnetcore-auth-cookie-insecure-options
            CookieHttpOnly = false,
        });
    }
}

public static class CookieBuilderReplaced
{
    public static void Configure(IServiceCollection services)
    {
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.HttpOnly = true;
            options.LoginPath = "/Account/Login";
            // ruleid: aspnetcore-auth-cookie-insecure-options
            options.Cookie = new CookieBuilder
            {
                Name = ".App.Identity",
                IsEssential = true
            };
        });
        services.ConfigureApplicationCookie(options =>
        {
            // ok: aspnetcore-auth-cookie-insecure-options
            options.Cookie = new CookieBuilder
            {
                Name = ".App.Identity",
                HttpOnly = true,
                SecurePolicy = CookieSecurePolicy.Always,
            };
        });
    }
}
