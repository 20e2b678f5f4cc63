using Roadmap.Application.Common.Caching;
using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Roadmap.Application.Common.Metrics;
using Roadmap.Web.Components.Account;
using Roadmap.Web.Components.Pages.Actions;

namespace Roadmap.Web.Infrastructure.PublicCache;

/// <summary>
/// Which responses the public page cache keeps (docs/decisions/037-public-page-cache.md): a GET by an
/// anonymous visitor (no session, no bearer token, no « shown once » confirmation waiting in a cookie), answered
/// 200 without setting a cookie or forbidding storage, and not overtaken by an eviction while it was rendered.
/// A copy's key holds the <see cref="PublicDataGeneration"/> read when the request began — a copy from before an
/// eviction is never served once the eviction is known — and only the query parameters a page may read
/// (<see cref="PublicQueryKeys"/>). Nothing is looked up or kept while the generation is not known (a node cut
/// from the others' count). Each copy lives <see cref="Lifetime"/> at most and carries <see cref="Tag"/>.
/// </summary>
internal sealed class PublicPagePolicy(PublicDataGeneration generation, RoadmapMetrics metrics) : IOutputCachePolicy
{
    public const string Name = "pages-publiques";
    public const string Tag = "pages-publiques";

    /// <summary>A safety net for what changes with time alone (« en cours », « il y a 5 minutes »).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private const string GenerationKey = "generation";
    private static readonly object StartedAt = new();
    private static readonly string[] ShownOnceCookies = [AccountStatus.CookieName, SupportPanel.StatusCookie];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var started = generation.Current;
        var kept = generation.Known && IsAnonymousRead(context.HttpContext);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = kept;
        context.AllowCacheStorage = kept;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = PublicQueryKeys.Ordered;
        context.CacheVaryByRules.VaryByValues[GenerationKey] = started.ToString(CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);
        context.HttpContext.Items[StartedAt] = started;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        metrics.PublicPageFromCache();
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (!context.AllowCacheStorage)
        {
            return ValueTask.CompletedTask;
        }

        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        context.AllowCacheStorage = response.StatusCode == StatusCodes.Status200OK
            && response.Headers.SetCookie.Count == 0
            && !cacheControl.Contains(CacheControlHeaderValue.NoStoreString, StringComparison.OrdinalIgnoreCase)
            && !cacheControl.Contains(CacheControlHeaderValue.PrivateString, StringComparison.OrdinalIgnoreCase)
            && context.HttpContext.Items[StartedAt] is long started && started == generation.Current && generation.Known;
        if (context.AllowCacheStorage)
        {
            metrics.PublicPageRendered();
        }

        return ValueTask.CompletedTask;
    }

    internal static bool IsAnonymousRead(HttpContext http)
    {
        var request = http.Request;
        return HttpMethods.IsGet(request.Method)
            && request.Headers.Authorization.Count == 0
            && http.User.Identity?.IsAuthenticated != true
            && !ShownOnceCookies.Any(request.Cookies.ContainsKey);
    }
}
