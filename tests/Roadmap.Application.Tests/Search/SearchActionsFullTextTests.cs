using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Search;

/// <summary>
/// Free text through the database's full-text engine (SQLite's FTS5 here; the whole suite runs on PostgreSQL
/// with ROADMAP_APPLICATION_TESTS_POSTGRES): stems, relevance, and the index following every write.
/// </summary>
public sealed class SearchActionsFullTextTests : SearchTestBase
{
    [Theory]
    [InlineData("numériques")]
    [InlineData("numérique")]
    [InlineData("NUMERIQUE")]
    public async Task FindsAFrenchWordWhateverItsNumberCaseAndAccents(string query)
    {
        await SaveAsync(Action("Inclusion numérique"), Action("Services Numeriques", summary: "Des guichets."), Action("Former les agents"));

        var titles = await TitlesAsync(Search with { Q = query });

        Assert.Equal(["Inclusion numérique", "Services Numeriques"], titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RanksATitleHitBeforeASummaryOnlyHit()
    {
        var popular = Action("Former les agents", summary: "Avec la médiathèque et ses ateliers.");
        await SaveAsync([popular, .. Supports(popular, 3), Action("Une médiathèque ouverte le dimanche")]);

        var results = await Host.SendAsync(Search with { Q = "médiathèque" });

        Assert.Equal(ActionSearchSort.Relevance, results.Sort);
        Assert.Equal(["Une médiathèque ouverte le dimanche", "Former les agents"], results.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task RelevanceWithoutTextFallsBackToSupports()
    {
        var results = await Host.SendAsync(Search with { Sort = "relevance" });

        Assert.Equal(ActionSearchSort.Supports, results.Sort);
    }

    [Fact]
    public async Task FindsAnActionByTheWordsOfItsLastEdit()
    {
        var action = Action("Équiper les écoles");
        await SaveAsync(action);
        await Host.WithDbAsync(async db =>
        {
            var stored = await db.Actions.SingleAsync(a => a.Id == action.Id);
            var roadmap = await db.Roadmaps.Include(r => r.Axes).SingleAsync(r => r.Id == Roadmap.Id);
            stored.Edit(roadmap, Drafts.For(roadmap.Axes[0], "Ouvrir une ludothèque"), Proposer, RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(["Ouvrir une ludothèque"], await TitlesAsync(Search with { Q = "ludotheques" }));
        Assert.Empty(await TitlesAsync(Search with { Q = "écoles" }));
    }

    [Fact]
    public async Task ForgetsADeletedAction()
    {
        var action = Action("Équiper les écoles");
        await SaveAsync(action, Action("Former les agents"));
        await Host.WithDbAsync(async db =>
        {
            db.Actions.Remove(await db.Actions.SingleAsync(a => a.Id == action.Id));
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await TitlesAsync(Search with { Q = "écoles" }));
    }

    [Fact]
    public async Task IgnoresPunctuationOnly()
    {
        await SaveAsync(Action("Équiper les écoles"));

        Assert.Empty(await TitlesAsync(Search with { Q = "?!" }));
    }
}
