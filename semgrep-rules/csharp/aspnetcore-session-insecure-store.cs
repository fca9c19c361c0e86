using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        // ruleid: aspnetcore-session-insecure-store
        services.AddDistributedMemoryCache();
        services.AddSession(o => o.IdleTimeout = TimeSpan.FromMinutes(20));

        services.AddStackExchangeRedisCache(o =>
        {
            // ruleid: aspnetcore-session-insecure-store
            o.Configuration = "cache.internal:6379,password=hunter2";
            o.InstanceName = "sessions:";
        });

        services.AddStackExchangeRedisCache(o =>
        {
            // ok: aspnetcore-session-insecure-store
            o.Configuration = "cache.internal:6380,ssl=true,abortConnect=false";
        });
        services.AddStackExchangeRedisCache(o =>
        {
            // ok: aspnetcore-session-insecure-store
            o.Configuration = Configuration.GetConnectionString("Redis");
        });
        services.AddStackExchangeRedisCache(o =>
        {
            // ruleid: aspnetcore-session-insecure-store
            o.ConfigurationOptions = new ConfigurationOptions { EndPoints = { "cache:6379" }, Ssl = false };
        });

        services.AddAuthentication().AddCookie(o =>
        {
            // ruleid: aspnetcore-session-insecure-store
            o.SessionStore = new MemoryCacheTicketStore();
        });
    }
}

public class DevStartup
{
    public void ConfigureServices(IServiceCollection services, IWebHostEnvironment env)
    {
        if (env.IsDevelopment())
        {
            // ok: aspnetcore-session-insecure-store
            services.AddDistributedMemoryCache();
        }
        else
        {
            services.AddDistributedSqlServerCache(o => o.ConnectionString = Configuration.GetConnectionString("Sessions"));
        }
        services.AddSession();
    }
}
