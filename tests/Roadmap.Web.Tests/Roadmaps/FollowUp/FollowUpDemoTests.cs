using System.Net;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Roadmaps.FollowUp;

/// <summary>The follow-up demo the journey tests rely on (<see cref="DemoFacts.Drome"/>), served by the real app.</summary>
public sealed class FollowUpDemoTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task TheDromeIsListedInMiseEnOeuvreAndEachOfItsActionPagesAnswers()
    {
        using var client = app.Anonymous();
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var (phase, actions) = await app.WithDbAsync(async db =>
        {
            var roadmap = await db.Roadmaps.AsNoTracking().SingleAsync(r => r.Slug == DemoFacts.Drome);
            return (roadmap.CurrentPhase, await db.Actions.AsNoTracking().Where(a => a.RoadmapId == roadmap.Id).Select(a => new { a.Id, a.Title }).ToListAsync());
        });

        Assert.Contains($"href=\"/feuilles-de-route/{DemoFacts.Drome}\"", home, StringComparison.Ordinal);
        Assert.Equal(RoadmapPhase.MiseEnOeuvre, phase);
        Assert.Contains(actions, a => a.Title == DemoFacts.LateAction);
        Assert.Contains(actions, a => a.Title == DemoFacts.OnTrackAction);
        Assert.Contains(actions, a => a.Title == DemoFacts.NotMeasuredAction);
        foreach (var action in actions)
        {
            var page = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{DemoFacts.Drome}/actions/{action.Id}");
            Assert.Equal(action.Title, page.QuerySelector("h1")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task ThePilotSignsInAndPilotsTheLateTheOnTrackAndTheNotMeasuredActions()
    {
        using var client = await app.BearerAsync(DemoFacts.Pilot);
        var piloted = await app.WithDbAsync(db => db.Pilots
            .Where(p => db.Users.Any(u => u.Id == p.UserId && u.Email == DemoFacts.Pilot))
            .Join(db.Actions, p => p.ActionId, a => a.Id, (_, a) => new { a.Title, a.Status, a.Difficulty })
            .ToListAsync());

        Assert.Equal(5, piloted.Count);
        Assert.Contains(piloted, a => a.Title == DemoFacts.LateAction && a.Status == ActionStatus.InProgress && a.Difficulty == ActionDifficulty.Late);
        Assert.Contains(piloted, a => a.Title == DemoFacts.OnTrackAction && a.Status == ActionStatus.InProgress);
        Assert.Contains(piloted, a => a.Title == DemoFacts.NotMeasuredAction && a.Status == ActionStatus.Retained);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/me/notifications", UriKind.Relative))).StatusCode);
    }
}
