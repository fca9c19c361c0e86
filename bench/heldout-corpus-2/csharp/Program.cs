using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Acme.Orders.Api.Auth;
using Acme.Orders.Api.Data;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddDbContext<OrdersDbContext>(o =>
    o.UseNpgsql(builder.Configuration.GetConnectionString("Orders")));

var jwtSection = builder.Configuration.GetSection("Jwt");
// expect: jwt-weak-secret
var signingKey = jwtSection["SigningKey"] ?? "orders-local-dev-signing-key-change-me";

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.RequireHttpsMetadata = true;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            // expect: jwt-claims-not-validated
            ValidateIssuer = false,
            ValidateAudience = true,
            ValidAudience = jwtSection["Audience"],
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
            // safe: jwt-none-algorithm
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
            ClockSkew = TimeSpan.FromSeconds(30)
        };
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                if (context.Request.Cookies.TryGetValue("access_token", out var token))
                {
                    context.Token = token;
                }
                return Task.CompletedTask;
            }
        };
    });

builder.Services.AddAuthorization();

builder.Services.AddStackExchangeRedisCache(options =>
{
    // expect: session-insecure-store
    options.Configuration = "orders-sessions.redis.internal:6379,abortConnect=false";
    options.InstanceName = "orders:";
});

builder.Services.AddSession(options =>
{
    // expect: session-no-expiry
    options.IdleTimeout = TimeSpan.FromDays(14);
    options.Cookie.Name = ".Orders.Session";
    options.Cookie.HttpOnly = true;
    // safe: session-cookie-insecure
    options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.IsEssential = true;
});

builder.Services.AddScoped<JwtTokenService>();
builder.Services.AddSingleton<IRevokedTokenStore, DistributedRevokedTokenStore>();

var app = builder.Build();

app.UseHttpsRedirection();
app.UseSession();
app.UseAuthentication();
app.UseMiddleware<RevokedTokenMiddleware>();
app.UseAuthorization();
app.MapControllers();

app.Run();
