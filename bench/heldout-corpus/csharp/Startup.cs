using System;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Contoso.Payroll.Web
{
    public class Startup
    {
        private readonly IConfiguration _configuration;

        public Startup(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        public void ConfigureServices(IServiceCollection services)
        {
            // safe: jwt-weak-secret
            var key = _configuration["Payroll:Jwt:SigningKey"]
                ?? throw new InvalidOperationException("Payroll:Jwt:SigningKey is not configured");

            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddJwtBearer(options =>
                {
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidateIssuerSigningKey = true,
                        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
                        // safe: jwt-none-algorithm
                        ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
                        // safe: jwt-claims-not-validated
                        ValidateIssuer = true,
                        ValidIssuer = "https://payroll.contoso.com",
                        // safe: jwt-claims-not-validated
                        ValidateAudience = true,
                        ValidAudience = "payroll-api",
                        // safe: jwt-claims-not-validated
                        ValidateLifetime = true,
                        ClockSkew = TimeSpan.FromSeconds(30)
                    };
                })
                .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
                {
                    options.LoginPath = "/account/login";
                    // safe: session-no-expiry
                    options.ExpireTimeSpan = TimeSpan.FromHours(8);
                    options.SlidingExpiration = false;
                    options.Cookie.Name = "__Host-Payroll";
                    // safe: session-cookie-insecure
                    options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                    options.Cookie.HttpOnly = true;
                    options.Cookie.SameSite = SameSiteMode.Strict;
                });

            services.AddStackExchangeRedisCache(options =>
            {
                // safe: session-insecure-store
                options.Configuration = _configuration.GetConnectionString("SessionRedis") + ",ssl=true,abortConnect=false";
                options.InstanceName = "payroll:";
            });

            services.AddSession(options =>
            {
                options.Cookie.Name = "__Host-Payroll.Session";
                // safe: session-no-expiry
                options.IdleTimeout = TimeSpan.FromMinutes(20);
                // safe: session-cookie-insecure
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
            });

            services.AddControllersWithViews();
        }

        public void Configure(IApplicationBuilder app)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
            app.UseRouting();
            app.UseSession();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapDefaultControllerRoute());
        }
    }
}
