using Roadmap.Application.Common.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Metrics;
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

        var redis = configuration.GetSection(RealtimeOptions.Section).Get<RealtimeOptions>()?.Redis;
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddStackExchangeRedisOutputCache(o =>
            {
                // Redis away must not hold pages: connect in the background, fail a command at once rather than queue it.
                var connection = StackExchange.Redis.ConfigurationOptions.Parse(redis);
                connection.AbortOnConnectFail = false;
                connection.BacklogPolicy = StackExchange.Redis.BacklogPolicy.FailFast;
                connection.AsyncTimeout = 2000;
                o.ConfigurationOptions = connection;
                o.InstanceName = "roadmap-pages:";
            });
            var shared = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Remove(shared);
            services.AddSingleton<IOutputCacheStore>(sp => new FailSafeOutputCacheStore(
                (IOutputCacheStore)(shared.ImplementationInstance ?? shared.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, shared.ImplementationType!)),
                sp.GetRequiredService<ILogger<FailSafeOutputCacheStore>>()));
        }

        services.AddSingleton<IPublicPageCache, OutputCachePublicPages>();
        return services;
    }
}
