using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Actions.EditAction;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Actions;

/// <summary>The action form no longer carries every organisation: outside the team, only those the caller may propose for.</summary>
public sealed class ActionFormOptionsTests : ApplicationTest
{
    private readonly RoadmapBuilder _builder = new();
    private readonly Organisation _own = Organisation.Create("Mairie de Mamers", OrganisationKind.Commune, "72180");
    private readonly Organisation _other = Organisation.Create("Les Passeurs numériques", OrganisationKind.Association);
    private TerritorialRoadmap _roadmap = default!;
    private Guid _proposer;

    protected override async Task ArrangeAsync()
    {
        _roadmap = _builder.InPhase(RoadmapPhase.Concertation).Build();
        await Host.SaveAsync(_builder.Owner, _own, _other, _roadmap);
        _proposer = await Host.NewUserAsync("Proposant·e");
    }

    [Fact]
    public async Task TheProposalFormOffersOnlyTheCallersOwnOrganisation()
    {
        Host.User.SignIn(_proposer, _own.Id, RoleNames.ElectedOfficial);

        var options = await Host.SendAsync(new GetActionFormOptions(_roadmap.Slug));

        Assert.Equal([new OrganisationOption(_own.Id, _own.Name)], options.BehalfChoices);
    }

    [Fact]
    public async Task TheEditFormAlsoOffersTheOrganisationAlreadyOnTheAction()
    {
        Host.User.SignIn(_proposer, _other.Id, RoleNames.ElectedOfficial);
        var proposed = await Host.SendAsync(ActionRequests.Proposal(_roadmap, _other.Id));
        Host.User.SignIn(_proposer, _own.Id, RoleNames.ElectedOfficial);

        var editable = await Host.SendAsync(new GetActionForEdit(_roadmap.Slug, proposed.Id));

        Assert.Equal([_other.Id, _own.Id], editable.Options.BehalfChoices.Select(o => o.Id));
    }
}
