using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Acme.Portal.Sessions;

/// <summary>Keeps cookie-auth tickets server-side so the cookie only carries a key.</summary>
public sealed class RedisTicketStore : ITicketStore
{
    private const string Prefix = "portal:ticket:";
    private readonly IDatabase _db;

    public RedisTicketStore(IConnectionMultiplexer redis) => _db = redis.GetDatabase();

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Guid.NewGuid().ToString("N");
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var expires = ticket.Properties.ExpiresUtc ?? DateTimeOffset.UtcNow.AddHours(8);
        return _db.StringSetAsync(Prefix + key, TicketSerializer.Default.Serialize(ticket), expires - DateTimeOffset.UtcNow);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        byte[]? bytes = await _db.StringGetAsync(Prefix + key);
        return bytes is null ? null : TicketSerializer.Default.Deserialize(bytes);
    }

    public Task RemoveAsync(string key) => _db.KeyDeleteAsync(Prefix + key);
}

public static class TicketStoreRegistration
{
    public static IServiceCollection AddPortalTicketStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new ConfigurationOptions
        {
            EndPoints = { { configuration["Redis:Host"]!, 6379 } },
            Password = configuration["Redis:Password"],
            AbortOnConnectFail = false,
            // expect: session-insecure-store
            Ssl = false,
        };
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddSingleton<ITicketStore, RedisTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ITicketStore>((cookie, store) => cookie.SessionStore = store);
        return services;
    }

    public static IServiceCollection AddReportingSessionCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStackExchangeRedisCache(redis =>
        {
            // safe: session-insecure-store
            redis.Configuration = $"{configuration["ReportingRedis:Host"]}:6380,ssl=true,password={configuration["ReportingRedis:Password"]}";
            redis.InstanceName = "reporting:";
        });
        services.AddSession(session =>
        {
            session.IdleTimeout = TimeSpan.FromMinutes(30);
            session.Cookie.HttpOnly = true;
            session.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        return services;
    }
}
