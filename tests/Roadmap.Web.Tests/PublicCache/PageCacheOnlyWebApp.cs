using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Roadmap.Application.Common.Caching;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.PublicCache;

/// <summary>
/// The web app (<see cref="WebApp"/>) without the shared read cache (decision 039): the page cache is then the only
/// thing that keeps answers, so a change made behind the app's back shows which page came from it.
/// </summary>
public sealed class PageCacheOnlyWebApp : WebApp
{
    protected override WebApplicationFactory<Program> Configure(RoadmapWebFactory root) =>
        root.WithWebHostBuilder(b => b.ConfigureServices(s => s.RemoveAll<SharedReadCache>()));
}
