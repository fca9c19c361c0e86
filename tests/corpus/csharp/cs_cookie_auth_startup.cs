using System;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intranet.Web;

public class Startup
{
    public Startup(IConfiguration configuration, IWebHostEnvironment env)
    {
        Configuration = configuration;
        Env = env;
    }

    public IConfiguration Configuration { get; }
    public IWebHostEnvironment Env { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddControllersWithViews();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/Account/Login";
                options.AccessDeniedPath = "/Account/Denied";
                options.Cookie.Name = "Intranet.Auth";
                // expect: session-cookie-insecure
                options.Cookie.HttpOnly = false;
                // expect: session-cookie-insecure
                options.Cookie.SecurePolicy = CookieSecurePolicy.None;
                // expect: session-cookie-insecure
                options.Cookie.SameSite = SameSiteMode.None;
                // expect: session-no-expiry
                options.ExpireTimeSpan = TimeSpan.FromDays(30);
                options.SlidingExpiration = true;
            });

        // expect: session-insecure-store
        services.AddDistributedMemoryCache();
        services.AddSession(options =>
        {
            // expect: session-no-expiry
            options.IdleTimeout = TimeSpan.FromDays(1);
            // expect: session-cookie-insecure
            options.Cookie.HttpOnly = false;
            options.Cookie.IsEssential = true;
        });

        services.Configure<CookiePolicyOptions>(options =>
        {
            options.CheckConsentNeeded = context => true;
            // expect: session-cookie-insecure
            options.MinimumSameSitePolicy = SameSiteMode.None;
        });

        services.AddAntiforgery(options =>
        {
            options.HeaderName = "X-XSRF-TOKEN";
            // safe: session-cookie-insecure
            options.Cookie.HttpOnly = false;
        });
    }

    public void Configure(IApplicationBuilder app)
    {
        if (Env.IsDevelopment()) app.UseDeveloperExceptionPage();
        app.UseStaticFiles();
        app.UseCookiePolicy();
        app.UseRouting();
        app.UseSession();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseEndpoints(e => e.MapDefaultControllerRoute());
    }
}
