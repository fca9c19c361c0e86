// Program.cs of the Customer Portal (hardened configuration)
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorPages();

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/login";
        options.Cookie.Name = "__Host-portal";
        // safe: session-cookie-insecure
        options.Cookie.HttpOnly = true;
        // safe: session-cookie-insecure
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        // safe: session-cookie-insecure
        options.Cookie.SameSite = SameSiteMode.Strict;
        // safe: session-no-expiry
        options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
        options.SlidingExpiration = true;
    });

if (builder.Environment.IsDevelopment())
{
    // safe: session-insecure-store
    builder.Services.AddDistributedMemoryCache();
}
else
{
    builder.Services.AddStackExchangeRedisCache(options =>
    {
        // safe: session-insecure-store
        options.Configuration = builder.Configuration.GetConnectionString("SessionCache");
        options.InstanceName = "portal:";
    });
}

builder.Services.AddSession(options =>
{
    // safe: session-no-expiry
    options.IdleTimeout = TimeSpan.FromMinutes(20);
    // safe: session-cookie-insecure
    options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
    options.Cookie.IsEssential = true;
});

builder.Services.ConfigureApplicationCookie(o =>
{
    // safe: session-cookie-insecure
    o.Cookie.SameSite = SameSiteMode.None;
    o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
    // safe: session-no-expiry
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
});

var app = builder.Build();
app.UseHttpsRedirection();
app.UseSession();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.Run();
