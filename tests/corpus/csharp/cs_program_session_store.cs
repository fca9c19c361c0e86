// Program.cs of the Checkout service: session state for the basket
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllersWithViews();

// expect: session-insecure-store
var redis = ConnectionMultiplexer.Connect("redis-checkout.prod.internal:6379,password=Ch3ckout!");
builder.Services.AddDataProtection()
    .SetApplicationName("checkout")
    .PersistKeysToStackExchangeRedis(redis, "DataProtection-Keys");

builder.Services.AddStackExchangeRedisCache(options =>
{
    // expect: session-insecure-store
    options.Configuration = "redis-checkout.prod.internal:6379,abortConnect=false";
    options.InstanceName = "checkout-session:";
});

builder.Services.AddSession(options =>
{
    // expect: session-no-expiry
    options.IdleTimeout = TimeSpan.FromHours(72);
    options.Cookie.Name = ".Checkout.Session";
    // safe: session-cookie-insecure
    options.Cookie.HttpOnly = true;
});

builder.Services.AddAuthentication().AddCookie(options =>
{
    // expect: session-insecure-store
    options.SessionStore = new InMemoryTicketStore();
    // expect: session-no-expiry
    options.ExpireTimeSpan = TimeSpan.FromDays(14);
});

var app = builder.Build();
app.UseSession();
app.MapDefaultControllerRoute();
app.Run();

public class ReportingCacheSetup
{
    public static void Register(IServiceCollection services, IConfiguration config)
    {
        services.AddStackExchangeRedisCache(o =>
        {
            // safe: session-insecure-store
            o.Configuration = "reporting-cache.redis.cache.windows.net:6380,ssl=true,abortConnect=false,password=" + config["Redis:Key"];
        });
        services.AddStackExchangeRedisCache(o =>
        {
            // safe: session-insecure-store
            o.ConfigurationOptions = new ConfigurationOptions { EndPoints = { "cache:6380" }, Ssl = true, Password = config["Redis:Key"] };
        });
        // safe: session-insecure-store
        services.AddDistributedSqlServerCache(o =>
        {
            o.ConnectionString = config.GetConnectionString("Sessions");
            o.SchemaName = "dbo";
            o.TableName = "SessionCache";
        });
        services.AddSession();
    }

    public static void RegisterLegacy(IServiceCollection services)
    {
        // expect: session-insecure-store
        services.AddDistributedMemoryCache().AddSession();
    }
}
