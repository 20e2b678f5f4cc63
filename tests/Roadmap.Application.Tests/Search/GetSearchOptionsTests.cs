using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Search;

public sealed class GetSearchOptionsTests : SearchTestBase
{
    [Fact]
    public async Task OffersTheAxesInOrder()
    {
        var options = await Host.SendAsync(new GetSearchOptions(Slug));

        Assert.Equal(["Inclusion numérique", "Services numériques"], options.Axes.Select(a => a.Label));
    }

    [Fact]
    public async Task OffersOnlyOrganisationsInvolvedInVisibleActionsSortedByName()
    {
        var proposer = Organisation.Create("Mamers", OrganisationKind.Commune, "72180");
        var partner = Organisation.Create("Écommoy", OrganisationKind.Commune, "72124");
        var unused = Organisation.Create("Sillé", OrganisationKind.Commune, "72334");
        var onHidden = Organisation.Create("Bonnétable", OrganisationKind.Commune, "72039");
        var hidden = Action(organisation: onHidden.Id);
        hidden.Hide("Doublon", RoadmapBuilder.Now);
        await SaveAsync(proposer, partner, unused, onHidden, Action(organisation: proposer.Id, partners: [partner.Id]), hidden);

        var options = await Host.SendAsync(new GetSearchOptions(Slug));

        Assert.Equal(["Écommoy", "Mamers"], options.Organisations.Select(o => o.Label));
    }

    [Fact]
    public async Task OffersTheTerritoriesActionsConcern()
    {
        var territory = Organisation.Create("Mamers", OrganisationKind.Commune, "72180");
        var partner = Organisation.Create("Écommoy", OrganisationKind.Commune, "72124");
        await SaveAsync(territory, partner, Action(partners: [partner.Id], territories: [territory.Id]));

        var options = await Host.SendAsync(new GetSearchOptions(Slug));

        Assert.Equal(["Mamers"], options.Territories.Select(o => o.Label));
    }

    [Fact]
    public async Task UnknownRoadmapIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetSearchOptions("inconnue")));
    }
}
