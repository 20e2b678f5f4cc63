using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Search;

public sealed class SearchActionsFilterTests : SearchTestBase
{
    [Fact]
    public async Task FiltersByAxis()
    {
        await SaveAsync(Action("Premier axe", axis: 0), Action("Second axe", axis: 1));

        var titles = await TitlesAsync(Search with { AxisId = Roadmap.Axes[1].Id });

        Assert.Equal(["Second axe"], titles);
    }

    [Fact]
    public async Task FiltersByStatusName()
    {
        var retained = Action("Retenue");
        retained.Retain(Proposer, "Oui", RoadmapBuilder.Now);
        await SaveAsync(retained, Action("Proposée"));

        var titles = await TitlesAsync(Search with { Status = "retained" });

        Assert.Equal(["Retenue"], titles);
    }

    [Fact]
    public async Task OrganisationMatchesTheProposerAPartnerOrATerritory()
    {
        var commune = Organisation.Create("Commune de Mamers", OrganisationKind.Commune, "72180");
        var other = Organisation.Create("Commune de Sillé", OrganisationKind.Commune, "72334");
        await SaveAsync(commune, other,
            Action("Portée", organisation: commune.Id), Action("Partenaire", partners: [commune.Id]),
            Action("Territoire", territories: [commune.Id]), Action("Ailleurs", organisation: other.Id));

        var titles = await TitlesAsync(Search with { OrganisationId = commune.Id });

        Assert.Equal(["Partenaire", "Portée", "Territoire"], titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TerritoryMatchesOnlyTerritoryLinks()
    {
        var commune = Organisation.Create("Commune de Mamers", OrganisationKind.Commune, "72180");
        await SaveAsync(commune, Action("Partenaire", partners: [commune.Id]), Action("Territoire", territories: [commune.Id]));

        var titles = await TitlesAsync(Search with { TerritoryId = commune.Id });

        Assert.Equal(["Territoire"], titles);
    }

    [Theory]
    [InlineData("ecoles")]
    [InlineData("ÉCOLES")]
    [InlineData("Écoles")]
    [InlineData("écoles rurales")]
    public async Task FreeTextIgnoresCaseAndAccents(string query)
    {
        await SaveAsync(Action("Équiper les écoles", summary: "Dans les communes rurales."), Action("Former les agents"));

        var titles = await TitlesAsync(Search with { Q = query });

        Assert.Equal(["Équiper les écoles"], titles);
    }

    [Fact]
    public async Task FreeTextSearchesTheSummaryToo()
    {
        await SaveAsync(Action("Former les agents", summary: "Avec le tiers-lieu de Mamers."), Action("Autre chose"));

        var titles = await TitlesAsync(Search with { Q = "TIERS-LIEU" });

        Assert.Equal(["Former les agents"], titles);
    }

    [Fact]
    public async Task FreeTextNeedsEveryWord()
    {
        await SaveAsync(Action("Équiper les écoles"), Action("Équiper les mairies"));

        var titles = await TitlesAsync(Search with { Q = "équiper mairies" });

        Assert.Equal(["Équiper les mairies"], titles);
    }

    [Fact]
    public async Task FreeTextMatchesLigaturesBothWays()
    {
        await SaveAsync(Action("Un cœur de village connecté"), Action("Une coeur-thèque"));

        var titles = await TitlesAsync(Search with { Q = "cœur" });

        Assert.Equal(2, titles.Count);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("résumé", "random")]
    public async Task HiddenActionsAreNeverListed(string? query, string? sort)
    {
        var hidden = Action("Masquée");
        hidden.Hide("Propos injurieux", RoadmapBuilder.Now);
        await SaveAsync(hidden, Action("Visible"));

        var results = await Host.SendAsync(Search with { Q = query, Sort = sort, Seed = 3 });

        Assert.Equal(["Visible"], results.Items.Select(i => i.Title));
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public async Task ItemsCarryTheAxisTheOrganisationAndTheCounts()
    {
        var commune = Organisation.Create("Commune de Mamers", OrganisationKind.Commune, "72180");
        var action = Action("Équiper les écoles", axis: 1, organisation: commune.Id);
        await SaveAsync([commune, action, .. Supports(action, 2), .. Comments(action, 3)]);

        var item = Assert.Single((await Host.SendAsync(Search)).Items);

        Assert.Equal("Services numériques", item.AxisTitle);
        Assert.Equal("Commune de Mamers", item.OrganisationName);
        Assert.Equal(2, item.SupportCount);
        Assert.Equal(3, item.CommentCount);
        Assert.Equal(ActionStatus.Proposed, item.Status);
    }

    [Fact]
    public async Task UnknownRoadmapIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(Search with { RoadmapSlug = "inconnue" }));
    }
}
