using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Security;
using Roadmap.Web.Tests.Comments;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Actions;

/// <summary>The web app whose scopes record which action they are told a page shows, instead of reading ahead.</summary>
public sealed class ReadAheadWebApp : WebApp
{
    public ConcurrentQueue<Guid> Told { get; } = new();

    protected override WebApplicationFactory<Program> Configure(RoadmapWebFactory root) => root.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        services.AddScoped<IViewerReadAhead>(_ => new Recording(Told))));

    private sealed class Recording(ConcurrentQueue<Guid> told) : IViewerReadAhead
    {
        public void ForAction(Guid actionId) => told.Enqueue(actionId);
    }
}

/// <summary>A signed-in action page tells its scope the action before the header asks who the caller is (issue 14).</summary>
public sealed class ViewerReadAheadTests(ReadAheadWebApp app) : IClassFixture<ReadAheadWebApp>
{
    private Task<Guid> ActionAsync() => app.WithDbAsync(db =>
        db.Actions.Where(a => a.HiddenAt == null && db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == DemoFacts.Sarthe)).Select(a => a.Id).FirstAsync());

    [Fact]
    public async Task ASignedInActionPageTellsItsAction()
    {
        var actionId = await ActionAsync();
        var client = await app.SignedInAsync(DemoFacts.Citizen);
        app.Told.Clear();

        using var response = await client.GetAsync(CommentsWebApp.ActionPath(actionId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([actionId], app.Told);
    }

    [Fact]
    public async Task AGuestAndOtherPagesTellNothing()
    {
        var actionId = await ActionAsync();
        var client = await app.SignedInAsync(DemoFacts.Actor);
        app.Told.Clear();

        using var guest = await app.Anonymous().GetAsync(CommentsWebApp.ActionPath(actionId));
        using var roadmap = await client.GetAsync($"/feuilles-de-route/{DemoFacts.Sarthe}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (guest.StatusCode, roadmap.StatusCode));
        Assert.Empty(app.Told);
    }

    [Fact]
    public async Task AnUnknownActionIsStillNotFound()
    {
        var client = await app.SignedInAsync(DemoFacts.Mediator);

        using var response = await client.GetAsync(CommentsWebApp.ActionPath(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
