using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Tickets.Web.Configuration;

public static class SessionConfiguration
{
    public static IServiceCollection AddTicketSessions(this IServiceCollection services, IConfiguration config)
    {
        var redisHost = config["Redis:Host"];

        services.AddStackExchangeRedisCache(options =>
        {
            // expect: session-insecure-store
            options.Configuration = $"{redisHost}:6379,password={config["Redis:Password"]}";
            options.InstanceName = "tickets:";
        });

        services.AddSession(options =>
        {
            options.Cookie.Name = ".Tickets.Session";
            // safe: session-cookie-insecure
            options.Cookie.HttpOnly = true;
            // safe: session-cookie-insecure
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            // expect: session-no-expiry
            options.IdleTimeout = TimeSpan.FromMinutes(60 * 24);
        });
        return services;
    }

    public static IServiceCollection AddTicketSessionsTls(this IServiceCollection services, IConfiguration config)
    {
        services.AddStackExchangeRedisCache(options =>
        {
            // safe: session-insecure-store
            options.Configuration = $"{config["Redis:Host"]}:6380,ssl=true,password={config["Redis:Password"]}";
        });
        services.AddSession(o => o.IdleTimeout = TimeSpan.FromMinutes(30));
        return services;
    }

    public static IServiceCollection AddLegacyRedisSessions(this IServiceCollection services)
    {
        services.AddDistributedRedisCache(options =>
        {
            // expect: session-insecure-store
            options.Configuration = "localhost:6379";
        });
        services.AddStackExchangeRedisCache(options =>
        {
            // expect: session-insecure-store
            options.ConfigurationOptions = new ConfigurationOptions
            {
                EndPoints = { { "tickets-redis", 6379 } },
                Password = "redis",
                AbortOnConnectFail = false,
            };
        });
        services.AddStackExchangeRedisCache(options =>
        {
            // safe: session-insecure-store
            options.ConfigurationOptions = new ConfigurationOptions
            {
                EndPoints = { { "tickets-redis", 6380 } },
                Ssl = true,
                SslHost = "tickets-redis",
            };
        });
        services.AddSession();
        return services;
    }
}

public class WorkerStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddRouting();
        services.AddSession(o => o.Cookie.Name = ".Worker.Session");
        // expect: session-insecure-store
        services.AddDistributedMemoryCache();
    }
}
