using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Organisations.FindOrganisationChoices;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Actions;

/// <summary>Only collectivities may be named as territories, whichever way the proposal comes in.</summary>
public sealed class TerritoryRuleTests : IAsyncLifetime
{
    private readonly RoadmapBuilder _builder = new();
    private readonly Organisation _association = Organisation.Create("Les Passeurs numériques", OrganisationKind.Association);
    private ApplicationHost _host = default!;
    private TerritorialRoadmap _roadmap = default!;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        _roadmap = _builder.Build();
        await _host.SaveAsync(_builder.Owner, _association, _roadmap);
        var id = await _host.NewUserAsync("Proposant·e");
        _host.User.SignIn(id, null, RoleNames.Actor);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(OrganisationKind.Region, true)]
    [InlineData(OrganisationKind.Departement, true)]
    [InlineData(OrganisationKind.Epci, true)]
    [InlineData(OrganisationKind.Commune, true)]
    [InlineData(OrganisationKind.Association, false)]
    [InlineData(OrganisationKind.Entreprise, false)]
    [InlineData(OrganisationKind.TiersLieu, false)]
    [InlineData(OrganisationKind.EtablissementPublic, false)]
    public void OnlyCollectivitiesMayBeTerritories(OrganisationKind kind, bool mayBeTerritory) =>
        Assert.Equal(mayBeTerritory, kind.MayBeTerritory());

    [Fact]
    public async Task RejectsAnAssociationAsTerritory()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(
            () => _host.SendAsync(ActionRequests.Proposal(_roadmap) with { TerritoryIds = [_association.Id] }));

        Assert.Equal([ActionFieldsChecks.NotATerritory], error.Errors["TerritoryIds"]);
    }

    [Fact]
    public async Task AcceptsAnAssociationAsPartner()
    {
        var proposed = await _host.SendAsync(ActionRequests.Proposal(_roadmap) with { PartnerIds = [_association.Id] });

        Assert.NotEqual(Guid.Empty, proposed.Id);
    }

    [Fact]
    public async Task TheFormOffersOnlyCollectivitiesAsTerritories()
    {
        var commune = Organisation.Create("La Flèche", OrganisationKind.Commune, "72154");
        await _host.SaveAsync(commune);

        var kept = await _host.SendAsync(new FindOrganisationChoices(null, [_association.Id, commune.Id], CollectivitiesOnly: true));
        var found = await _host.SendAsync(new FindOrganisationChoices("passeurs", [], CollectivitiesOnly: true));

        Assert.Equal([commune.Id], kept.Kept.Select(o => o.Id));
        Assert.Equal(0, found.FoundCount);
    }
}
