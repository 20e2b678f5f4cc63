using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Roadmap.Web.Infrastructure.Redis;

internal static class SharedRedisRegistration
{
    /// <summary>One <see cref="SharedRedis"/> per node, registered by whichever part needs it first.</summary>
    public static IServiceCollection AddSharedRedis(this IServiceCollection services, string configuration)
    {
        services.TryAddSingleton(_ => new SharedRedis(configuration));
        return services;
    }
}
