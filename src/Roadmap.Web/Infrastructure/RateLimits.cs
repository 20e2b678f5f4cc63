using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Roadmap.Web.Hubs;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// Every HTTP rate limit, from <see cref="RateLimitOptions"/>: API writes per user, account posts per
/// address, and (the global limiter) page form posts per user. A refusal is a 429 in French
/// (<see cref="FrenchRefusal"/>). The join codes and the hub have their own limiters
/// (<see cref="JoinCodeGuesses"/>, <see cref="HubRateLimiter"/>) configured from the same section.
/// </summary>
internal static class RateLimits
{
    public const string Writes = "writes";
    public const string Account = "account";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<JoinCodeGuesses>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Writes, context => PerMinute(UserOrAddress(context), Limits(context).WritesPerMinute));

            // Only the posts: a room reading the sign-in page from one Wi-Fi is not an attack.
            o.AddPolicy(Account, context => SafeMethods.Is(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("")
                : PerMinute(ClientAddress.Of(context), Limits(context).LoginsPerMinute));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsFormPost(context)
                ? PerMinute(UserOrAddress(context), Limits(context).FormPostsPerMinute)
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = (rejected, _) => new ValueTask(FrenchRefusal.TooManyRequestsAsync(
                rejected.HttpContext,
                rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1)));
        });
        return services;
    }

    /// <summary>Read from the options when a partition is made, so the host's final configuration applies.</summary>
    private static RateLimitOptions Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static bool IsFormPost(HttpContext context) =>
        !SafeMethods.Is(context.Request.Method)
        && !context.Request.Path.StartsWithSegments("/api")
        && !context.Request.Path.StartsWithSegments(WorkshopHubEndpoints.PathPrefix);

    private static string UserOrAddress(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ClientAddress.Of(context);

    private static RateLimitPartition<string> PerMinute(string key, int permits) => RateLimitPartition.GetFixedWindowLimiter(
        key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
}
