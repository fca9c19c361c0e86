using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

// Inventory API (ASP.NET Core 8, minimal hosting). Deployed behind the corporate gateway.
var builder = WebApplication.CreateBuilder(args);

// expect: jwt-weak-secret
var signingKey = builder.Configuration["Jwt:Key"] ?? "inventory-dev-signing-key-0001";

builder.Services.AddControllers();

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.RequireHttpsMetadata = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
            // expect: jwt-claims-not-validated
            ValidateIssuer = false,
            // expect: jwt-claims-not-validated
            ValidateAudience = false,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1)
        };
    })
    .AddJwtBearer("Partners", options =>
    {
        options.Authority = "https://login.partners.example.net/";
        options.Audience = "inventory-api";
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "https://login.partners.example.net/",
            // expect: jwt-claims-not-validated
            ValidateLifetime = false,
            // expect: jwt-none-algorithm
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256, SecurityAlgorithms.RsaSha256 }
        };
    });

builder.Services.AddAuthorization();

// expect: session-insecure-store
builder.Services.AddDistributedMemoryCache();
builder.Services.AddSession(options =>
{
    options.Cookie.Name = ".Inventory.Session";
    // expect: session-no-expiry
    options.IdleTimeout = TimeSpan.FromDays(14);
    // expect: session-cookie-insecure
    options.Cookie.HttpOnly = false;
    // expect: session-cookie-insecure
    options.Cookie.SecurePolicy = CookieSecurePolicy.None;
    options.Cookie.IsEssential = true;
});

var app = builder.Build();

app.UseSession();
app.UseAuthentication();
app.UseAuthorization();

app.MapPost("/session/warehouse", (HttpContext ctx, WarehouseLogin body) =>
{
    if (!WarehouseDirectory.Check(body.BadgeId, body.Pin))
    {
        return Results.Unauthorized();
    }
    // expect: session-fixation
    ctx.Session.SetString("BadgeId", body.BadgeId);
    ctx.Session.SetString("Depot", body.Depot);
    return Results.NoContent();
});

app.MapGet("/prefs/{theme}", (HttpContext ctx, string theme) =>
{
    // safe: session-cookie-insecure
    ctx.Response.Cookies.Append("ui-theme", theme, new CookieOptions { MaxAge = TimeSpan.FromDays(365) });
    return Results.NoContent();
});

app.MapControllers();
app.Run();

public record WarehouseLogin(string BadgeId, string Pin, string Depot);

public static class WarehouseDirectory
{
    public static bool Check(string badgeId, string pin) =>
        !string.IsNullOrEmpty(badgeId) && BadgeStore.Verify(badgeId, pin);
}
