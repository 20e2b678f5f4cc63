using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Web.Tests.Support;
using Xunit;

namespace Roadmap.Web.Tests.OpenData;

/// <summary>The roadmap's rules seen from its datasets; each test changes a demo roadmap, so they have their own app.</summary>
public sealed class DatasetRulesTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task WhileSupportCountsAreHiddenTheSupportsDatasetIsEmptyForEveryoneTheTeamIncluded()
    {
        await app.WithDbAsync(async db =>
        {
            var roadmap = await db.Roadmaps.SingleAsync(r => r.Slug == DemoFacts.Sarthe);
            roadmap.ChangeVotingRules(roadmap.VotingRules with { CountsShownDuringPhase = false });
            return await db.SaveChangesAsync();
        });
        var files = OpenDataScene.Files(DemoFacts.Sarthe);
        Assert.True(await app.WithDbAsync(db => db.Supports.AnyAsync(s => db.Actions.Any(a => a.Id == s.ActionId && db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == DemoFacts.Sarthe)))));

        using var anonymous = app.Anonymous();
        using var administrator = await app.BearerAsync(DemoFacts.Administrator);
        Assert.Empty((await DatasetReader.ReadAsync(anonymous, files, "soutiens")).CsvRows);
        Assert.Empty((await DatasetReader.ReadAsync(administrator, files, "soutiens")).CsvRows);
        Assert.Contains("masque le nombre de soutiens", await anonymous.GetStringAsync(files), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArchivedRoadmapKeepsItsDatasets()
    {
        var files = OpenDataScene.Files(DemoFacts.Herault);
        using var client = app.Anonymous();
        var before = await DatasetReader.ReadAsync(client, files, "actions");

        await app.WithDbAsync(async db =>
        {
            (await db.Roadmaps.SingleAsync(r => r.Slug == DemoFacts.Herault)).Archive(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var after = await DatasetReader.ReadAsync(client, files, "actions");

        Assert.Equal(before.Column("id"), after.Column("id"));
        Assert.NotEmpty((await DatasetReader.ReadAsync(client, files, "soutiens")).CsvRows);
    }
}
