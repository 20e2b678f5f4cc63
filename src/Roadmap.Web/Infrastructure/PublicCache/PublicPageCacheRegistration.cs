using Roadmap.Application.Common.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Metrics;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Roadmap.Web.Infrastructure.Redis;
using Roadmap.Web.Realtime;

namespace Roadmap.Web.Infrastructure.PublicCache;

internal static class PublicPageCacheRegistration
{
    /// <summary>A page is a few tens of KB; a larger response is rendered each time rather than kept.</summary>
    public const long MaximumBodySize = 1024 * 1024;

    /// <summary>
    /// ASP.NET Core's output cache with the <see cref="PublicPagePolicy"/>, in memory, or in Redis when
    /// <c>SignalR:Redis</c> is set so every node sees the same copies and the same evictions.
    /// </summary>
    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(o =>
        {
            o.MaximumBodySize = MaximumBodySize;
            o.DefaultExpirationTimeSpan = PublicPagePolicy.Lifetime;
        });
        services.AddOptions<OutputCacheOptions>()
            .Configure<PublicDataGeneration, RoadmapMetrics>((o, generation, metrics) => o.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy(generation, metrics)));

        var realtime = configuration.GetSection(RealtimeOptions.Section).Get<RealtimeOptions>() ?? new RealtimeOptions();
        var redis = realtime.Redis;
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IGenerationCounter, LocalGenerationCounter>();
        }
        else
        {
            services.AddSharedRedis(redis);
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<RedisGenerationCounter>(sp, RedisGenerationCounter.KeyOf(realtime.RedisPrefix)));
            services.AddSingleton<IGenerationCounter>(sp => sp.GetRequiredService<RedisGenerationCounter>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisGenerationCounter>());
            services.AddStackExchangeRedisOutputCache(o => o.InstanceName = $"{realtime.RedisPrefix}-pages:");
            services.AddOptions<RedisOutputCacheOptions>().Configure<SharedRedis>((o, shared) => o.ConnectionMultiplexerFactory = shared.ConnectionAsync);
            var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Remove(store);
            services.AddSingleton<IOutputCacheStore>(sp => new FailSafeOutputCacheStore(
                (IOutputCacheStore)(store.ImplementationInstance ?? store.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, store.ImplementationType!)),
                sp.GetRequiredService<ILogger<FailSafeOutputCacheStore>>()));
        }

        services.AddSingleton<IPublicPageCache, OutputCachePublicPages>();
        return services;
    }
}
