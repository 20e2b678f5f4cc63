using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Tests.Hubs.Support;

namespace Roadmap.Web.Tests.Observability;

/// <summary>What Prometheus reads on the management port (docs/decisions/035-metrics-and-health.md).</summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsTests(ManagementPortApp app) : IClassFixture<ManagementPortApp>
{
    [Fact]
    public async Task MetricsIsNotFoundOnThePublicPort()
    {
        var response = await app.Anonymous().GetAsync("/metrics");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheManagementPortServesNothingButMetrics()
    {
        var (status, _) = await app.ScrapeAsync("/");

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task ReportsHttpRequestDurations()
    {
        await app.Anonymous().GetAsync("/");

        await app.ScrapeUntilAsync("http_server_request_duration");
    }

    [Fact]
    public async Task CountsPublicPagesServedFromTheCacheAndRendered()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<string> lines;
        do
        {
            await app.Anonymous().GetAsync("/mentions-legales");
            var (_, text) = await app.ScrapeAsync("/metrics");
            lines = text.Split('\n').Where(l => l.StartsWith("roadmap_public_pages", StringComparison.Ordinal)).ToList();
        }
        while (!(Counted(lines, "hit") && Counted(lines, "miss")) && DateTime.UtcNow < deadline);

        Assert.True(Counted(lines, "miss"), string.Join('\n', lines));
        Assert.True(Counted(lines, "hit"), string.Join('\n', lines));
    }

    [Fact]
    public async Task CountsOpenHubConnections()
    {
        await using var guest = await app.AnonymousAsync();

        await app.ScrapeUntilAsync("roadmap_hub_connections");
    }

    [Fact]
    public async Task CountsBallotsAndMeasuresTheirBatches()
    {
        var room = await DemoRoom.CreateAsync(app.App);
        await using var facilitator = await app.MemberAsync(RoleNames.Facilitator);
        await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        await using var guest = await app.AnonymousAsync();
        await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Votante");
        var poll = await facilitator.Connection.InvokeAsync<PollView>("OpenPoll",
            new PollDraft(PollKind.SingleChoice, "Quelle priorité ?", [new("Tiers-lieux", null), new("Fibre", null)], null, null, null));

        await guest.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, new BallotInput([poll.Options[0].Id], null, null));

        await app.ScrapeUntilAsync("roadmap_ballots");
        var text = await app.ScrapeUntilAsync("roadmap_ballot_batch_duration_seconds_bucket");
        Assert.Contains("roadmap_ballot_batch_size_bucket", text, StringComparison.Ordinal);
    }

    private static bool Counted(List<string> lines, string cache) => lines.Any(l => l.Contains($"cache=\"{cache}\"", StringComparison.Ordinal));
}
