using Roadmap.Application.Common.Caching;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Common.Metrics;
using Roadmap.Web.Infrastructure;
using Roadmap.Web.Infrastructure.PublicCache;

namespace Roadmap.Web.Tests.PublicCache;

/// <summary>What <see cref="PublicPagePolicy"/> keeps, and what the Redis store does when Redis is away.</summary>
public sealed class PublicPagePolicyTests
{
    private readonly PublicDataGeneration _generation = new();

    [Fact]
    public async Task KeepsAnAnonymousReadAnsweredOk()
    {
        var context = await RenderedAsync(Get());

        Assert.True(context.AllowCacheLookup);
        Assert.True(context.AllowCacheStorage);
        Assert.Contains(PublicPagePolicy.Tag, context.Tags);
    }

    [Theory]
    [InlineData("HEAD")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task NeverLooksUpNorKeepsAnythingButAGet(string method)
    {
        var http = Get();
        http.Request.Method = method;

        var context = await RenderedAsync(http);

        Assert.False(context.AllowCacheLookup);
        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task NeverServesNorKeepsASignedInRead()
    {
        var http = Get();
        http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "camille")], "Identity.Application"));

        var context = await RenderedAsync(http);

        Assert.False(context.AllowCacheLookup);
        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task NeverServesNorKeepsABearerRead()
    {
        var http = Get();
        http.Request.Headers.Authorization = "Bearer abc";

        Assert.False((await RenderedAsync(http)).AllowCacheLookup);
    }

    [Theory]
    [InlineData("roadmap.status=PasswordChanged")]
    [InlineData("roadmap.soutien=Given")]
    public async Task SkipsTheCacheWhileAConfirmationWaitsInACookie(string cookie)
    {
        var http = Get();
        http.Request.Headers.Cookie = cookie;

        Assert.False((await RenderedAsync(http)).AllowCacheLookup);
    }

    [Theory]
    [InlineData(404, null, null)]
    [InlineData(302, null, null)]
    [InlineData(200, "roadmap.status=x; path=/", null)]
    [InlineData(200, null, "no-cache, no-store")]
    [InlineData(200, null, "private")]
    public async Task DoesNotKeepAnAnswerMeantForOneVisitorOrNotOk(int status, string? setCookie, string? cacheControl)
    {
        var context = await RenderedAsync(Get(), response =>
        {
            response.StatusCode = status;
            if (setCookie is not null)
            {
                response.Headers.SetCookie = setCookie;
            }

            if (cacheControl is not null)
            {
                response.Headers.CacheControl = cacheControl;
            }
        });

        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task DoesNotKeepAPageRenderedWhileAnEvictionHappened()
    {
        var context = await RenderedAsync(Get(), _ => _generation.Advance());

        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task NeitherLooksUpNorKeepsWhileTheGenerationIsNotKnown()
    {
        _generation.Lose();

        var context = await RenderedAsync(Get());

        Assert.False(context.AllowCacheLookup);
        Assert.False(context.AllowCacheStorage);
        _generation.Observe(0);
        Assert.True((await RenderedAsync(Get())).AllowCacheStorage);
    }

    [Fact]
    public async Task TheKeyHoldsTheGenerationAndOnlyTheQueryKeysAPageMayRead()
    {
        _generation.Observe(41);

        var context = await RenderedAsync(Get());

        Assert.Equal("41", context.CacheVaryByRules.VaryByValues["generation"]);
        var keys = context.CacheVaryByRules.QueryKeys.ToArray();
        Assert.DoesNotContain("*", keys);
        Assert.Contains("statut", keys);
        Assert.Contains("pageSize", keys);
        Assert.Contains(StaleForms.QueryKey, keys);
        Assert.DoesNotContain("utm_source", keys);
    }

    [Fact]
    public async Task TheRedisStoreFailsOpen()
    {
        var store = new FailSafeOutputCacheStore(new UnreachableStore(), NullLogger<FailSafeOutputCacheStore>.Instance);

        Assert.Null(await store.GetAsync("page", CancellationToken.None));
        await store.SetAsync("page", [1, 2], [PublicPagePolicy.Tag], TimeSpan.FromSeconds(1), CancellationToken.None);
    }

    private static DefaultHttpContext Get()
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "GET";
        http.Request.Path = "/feuilles-de-route/exemple";
        return http;
    }

    private async Task<OutputCacheContext> RenderedAsync(HttpContext http, Action<HttpResponse>? render = null)
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        using var metrics = new RoadmapMetrics(new OutboxBacklog(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System));
        IOutputCachePolicy policy = new PublicPagePolicy(_generation, metrics);
        var context = new OutputCacheContext { HttpContext = http };
        await policy.CacheRequestAsync(context, CancellationToken.None);
        http.Response.StatusCode = 200;
        render?.Invoke(http.Response);
        await policy.ServeResponseAsync(context, CancellationToken.None);
        return context;
    }

    private sealed class UnreachableStore : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => throw Unreachable();

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => throw Unreachable();

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => throw Unreachable();

        private static StackExchange.Redis.RedisConnectionException Unreachable() =>
            new(StackExchange.Redis.ConnectionFailureType.UnableToConnect, "Redis est injoignable.");
    }
}
