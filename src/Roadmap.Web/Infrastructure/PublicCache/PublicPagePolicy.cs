using Roadmap.Application.Common.Caching;
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
/// Every query parameter is part of the key; each copy lives <see cref="Lifetime"/> at most and carries
/// <see cref="Tag"/>, which an eviction drops on every node.
/// </summary>
internal sealed class PublicPagePolicy(PublicDataGeneration generation, RoadmapMetrics metrics) : IOutputCachePolicy
{
    public const string Name = "pages-publiques";
    public const string Tag = "pages-publiques";

    /// <summary>A safety net for what changes with time alone (« en cours », « il y a 5 minutes »).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private static readonly object StartedAt = new();
    private static readonly string[] ShownOnceCookies = [AccountStatus.CookieName, SupportPanel.StatusCookie];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var anonymousRead = IsAnonymousRead(context.HttpContext);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = anonymousRead;
        context.AllowCacheStorage = anonymousRead;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);
        context.HttpContext.Items[StartedAt] = generation.Current;
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
            && context.HttpContext.Items[StartedAt] is long started && started == generation.Current;
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
