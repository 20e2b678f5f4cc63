using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Territories.ListImportedTerritories;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Territories;

/// <summary>The départements on the instance with their communes (by INSEE code), the official EPCI touching them and their population.</summary>
public sealed class ListImportedTerritoriesTests : ApplicationTest
{
    [Fact]
    public async Task CountsTheCommunesByCodeAndTheOfficialEpciTouchingThem()
    {
        var sarthe = Organisation.CreateOfficial("Sarthe", OrganisationKind.Departement, "72", null, null, null, 0, null);
        var orne = Organisation.CreateOfficial("Orne", OrganisationKind.Departement, "61", null, null, null, 0, null);
        var alencon = Organisation.CreateOfficial("CU d'Alençon", OrganisationKind.Epci, "246100663", "246100663", EpciKind.CommunauteUrbaine, null, 50_000, orne);
        var handMadeEpci = Organisation.Create("Ancienne intercommunalité", OrganisationKind.Epci, parent: sarthe);
        await Host.SaveAsync(sarthe, orne, alencon, handMadeEpci,
            Organisation.CreateOfficial("Arçonnay", OrganisationKind.Commune, "72006", null, null, "72610", 2_000, alencon),
            Organisation.CreateOfficial("Allonnes", OrganisationKind.Commune, "72003", null, null, "72700", 10_739, sarthe),
            Organisation.CreateOfficial("Alençon", OrganisationKind.Commune, "61001", null, null, "61000", 25_000, alencon));
        Host.User.SignIn(await Host.NewUserAsync(), null, RoleNames.Administrator);

        var territories = await Host.SendAsync(new ListImportedTerritories());

        Assert.Equal(["61", "72"], territories.Select(t => t.Code));
        var sartheRow = territories.Single(t => t.Code == "72");
        Assert.Equal((2, 1, 12_739L), (sartheRow.Communes, sartheRow.Epcis, sartheRow.Population));
        Assert.Null(sartheRow.LastImportedAt);
        var orneRow = territories.Single(t => t.Code == "61");
        Assert.Equal((1, 1, 25_000L), (orneRow.Communes, orneRow.Epcis, orneRow.Population));
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.ElectedOfficial)]
    [InlineData(RoleNames.Facilitator)]
    public async Task OnlyAnAdministratorReadsTheList(string role)
    {
        Host.User.SignIn(await Host.NewUserAsync(), null, role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ListImportedTerritories()));
    }
}
