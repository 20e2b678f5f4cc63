using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Organisations.CreateOrganisation;
using Roadmap.Application.Organisations.EditOrganisation;
using Roadmap.Application.Organisations.ListParentChoices;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Organisations;

/// <summary>Creating and editing organisations: one name per parent among hand-made ones, no parent loop, the parent choices.</summary>
public sealed class OrganisationUseCaseTests : ApplicationTest
{
    private readonly Organisation _departement = Organisation.CreateOfficial("Sarthe", OrganisationKind.Departement, "72", null, null, null, 566_733, null);

    protected override async Task ArrangeAsync()
    {
        await Host.SaveAsync(_departement);
        Host.User.SignIn(await Host.NewUserAsync(), null, RoleNames.Administrator);
    }

    [Fact]
    public async Task ASecondOrganisationOfTheSameNameUnderTheSameParentIsRefusedElsewhereAllowed()
    {
        await Host.SendAsync(new CreateOrganisation("Les Amis du Loir", OrganisationKind.Association, ParentId: _departement.Id));

        var refused = await Assert.ThrowsAsync<ConflictException>(() =>
            Host.SendAsync(new CreateOrganisation(" les amis du loir ", OrganisationKind.Entreprise, ParentId: _departement.Id)));
        var elsewhere = await Host.SendAsync(new CreateOrganisation("Les Amis du Loir", OrganisationKind.Association));

        Assert.Contains("existe déjà", refused.Message, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, elsewhere);
        Assert.Equal(2, await Host.WithDbAsync(db => Task.FromResult(db.Organisations.Count(o => o.Name == "Les Amis du Loir"))));
        var renamed = await Assert.ThrowsAsync<ConflictException>(() =>
            Host.SendAsync(new EditOrganisation(elsewhere, "Les Amis du Loir", OrganisationKind.Association, ParentId: _departement.Id)));
        Assert.Contains("existe déjà", renamed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrganisationIsNotPlacedUnderItsOwnSubOrganisation()
    {
        var federation = await Host.SendAsync(new CreateOrganisation("Fédération", OrganisationKind.Association));
        var member = await Host.SendAsync(new CreateOrganisation("Membre", OrganisationKind.Association, ParentId: federation));
        var grandChild = await Host.SendAsync(new CreateOrganisation("Section", OrganisationKind.Association, ParentId: member));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Host.SendAsync(new EditOrganisation(federation, "Fédération", OrganisationKind.Association, ParentId: grandChild)));

        Assert.Equal("Une organisation ne peut pas être rattachée à l'une de ses propres sous-organisations.", refused.Message);
        Assert.Null(await Host.WithDbAsync(db => Task.FromResult(db.Organisations.Single(o => o.Id == federation).ParentId)));
    }

    [Fact]
    public async Task ACollectivityIsRenamedThroughTheUseCase()
    {
        await Host.SendAsync(new EditOrganisation(_departement.Id, "Département de la Sarthe", OrganisationKind.Departement));

        Assert.Equal("Département de la Sarthe", await Host.WithDbAsync(db => Task.FromResult(db.Organisations.Single(o => o.Id == _departement.Id).Name)));
        Assert.Equal(1, await Host.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.Action == "organisation.edited"))));
    }

    [Fact]
    public async Task ParentChoicesAreCollectivitiesThatContainOthersPlusTheCurrentParent()
    {
        var federation = await Host.SendAsync(new CreateOrganisation("Fédération", OrganisationKind.Association));
        await Host.SaveAsync(Organisation.CreateOfficial("Allonnes", OrganisationKind.Commune, "72003", null, null, "72700", 10_739, _departement));

        var choices = await Host.SendAsync(new ListParentChoices());
        var keeping = await Host.SendAsync(new ListParentChoices(federation));

        Assert.Equal(["Sarthe"], choices.Select(c => c.Name));
        Assert.Equal(["Sarthe", "Fédération"], keeping.Select(c => c.Name));
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Facilitator)]
    public async Task OnlyAnAdministratorReadsTheParentChoices(string role)
    {
        Host.User.SignIn(await Host.NewUserAsync(), null, role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ListParentChoices()));
    }
}
