using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Actions.ProposeAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Actions;

public sealed class ProposeActionTests : ApplicationTest
{
    private readonly RoadmapBuilder _builder = new();
    private readonly Organisation _commune = Organisation.Create("La Flèche", OrganisationKind.Commune, "72154");
    private TerritorialRoadmap _roadmap = default!;

    protected override async Task ArrangeAsync()
    {
        _roadmap = _builder.Build();
        await Host.SaveAsync(_builder.Owner, _commune, _roadmap);
    }

    [Theory]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.ElectedOfficial)]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Administrator)]
    public async Task ProposesAnActionOnBehalfOfTheProposersOrganisation(string role)
    {
        await SignInAsync(role, _commune.Id);

        var proposed = await Host.SendAsync(ActionRequests.Proposal(_roadmap, _commune.Id));

        var action = await FindAsync(proposed.Id);
        Assert.Equal(ActionStatus.Proposed, action.Status);
        Assert.Equal(_commune.Id, action.OrganisationId);
        Assert.Equal("Ouvrir des permanences numériques itinérantes", action.Title);
    }

    [Fact]
    public async Task KeepsIndicatorsBudgetPoolingOptionsAndLinkedOrganisations()
    {
        var territory = Organisation.Create("CC du Pays Fléchois", OrganisationKind.Epci, "247200090");
        await Host.SaveAsync(territory);
        await SignInAsync(RoleNames.Actor, _commune.Id);

        var proposed = await Host.SendAsync(ActionRequests.Proposal(_roadmap) with { PartnerIds = [_commune.Id], TerritoryIds = [territory.Id] });

        var action = await FindAsync(proposed.Id);
        Assert.Equal(1_500m, Assert.Single(action.Indicators).Target);
        Assert.Equal(85_000m, action.Budget.EstimatedAmount);
        Assert.Equal(PoolingKind.Technical, Assert.Single(action.PoolingOptions).Kind);
        ActionOrganisationLink[] expected = [new(_commune.Id, ActionOrganisationRole.Partner), new(territory.Id, ActionOrganisationRole.Territory)];
        Assert.Equal(expected, action.OrganisationLinks);
    }

    [Fact]
    public async Task ReturnsTheRoadmapSlugForTheRedirect()
    {
        await SignInAsync(RoleNames.Actor);

        var proposed = await Host.SendAsync(ActionRequests.Proposal(_roadmap));

        Assert.Equal(_roadmap.Slug, proposed.RoadmapSlug);
    }

    [Fact]
    public async Task AnIndividualProposalHasNoOrganisation()
    {
        await SignInAsync(RoleNames.Actor, _commune.Id);

        var proposed = await Host.SendAsync(ActionRequests.Proposal(_roadmap, organisationId: null));

        Assert.Null((await FindAsync(proposed.Id)).OrganisationId);
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap)));
    }

    [Fact]
    public async Task CitizensMayNotPropose()
    {
        await SignInAsync(RoleNames.Citizen);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap)));
    }

    [Fact]
    public async Task AnActorMayNotProposeOnBehalfOfAnotherOrganisation()
    {
        await SignInAsync(RoleNames.Actor, organisationId: null);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap, _commune.Id)));
    }

    [Fact]
    public async Task StaffMayProposeOnBehalfOfAnyOrganisation()
    {
        await SignInAsync(RoleNames.Facilitator, organisationId: null);

        var proposed = await Host.SendAsync(ActionRequests.Proposal(_roadmap, _commune.Id));

        Assert.Equal(_commune.Id, (await FindAsync(proposed.Id)).OrganisationId);
    }

    [Fact]
    public async Task RejectsAnEmptyTitle()
    {
        await SignInAsync(RoleNames.Actor);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap) with { Title = "  " }));

        Assert.Equal(["Donnez un titre à l'action."], error.Errors["Title"]);
    }

    [Fact]
    public async Task RejectsATitleLongerThanTheEntityAllows()
    {
        await SignInAsync(RoleNames.Actor);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(ActionRequests.Proposal(_roadmap) with { Title = new string('a', RoadmapAction.TitleMaxLength + 1) }));

        Assert.Equal([$"Le titre ne doit pas dépasser {RoadmapAction.TitleMaxLength} caractères."], error.Errors["Title"]);
    }

    [Fact]
    public async Task RejectsAnUnknownAxis()
    {
        await SignInAsync(RoleNames.Actor);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap) with { AxisId = Guid.NewGuid() }));

        Assert.True(error.Errors.ContainsKey("AxisId"));
    }

    [Fact]
    public async Task RejectsAnAxisOfAnotherRoadmap()
    {
        var other = new RoadmapBuilder();
        var otherRoadmap = other.Build();
        await Host.SaveAsync(other.Owner, otherRoadmap);
        await SignInAsync(RoleNames.Actor);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap) with { AxisId = otherRoadmap.Axes[0].Id }));

        Assert.Equal(["L'axe choisi n'appartient pas à cette feuille de route."], error.Errors["AxisId"]);
    }

    [Fact]
    public async Task AnUnknownRoadmapIsNotFound()
    {
        await SignInAsync(RoleNames.Actor);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap) with { RoadmapSlug = "nulle-part" }));
    }

    [Fact]
    public async Task NamesTheIndicatorWithoutAName()
    {
        await SignInAsync(RoleNames.Actor);
        var indicators = new[] { new IndicatorInput("Sites ouverts", "sites", null, 12, null), new IndicatorInput("", "personnes", null, 10, null) };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap) with { Indicators = indicators }));

        Assert.Equal(["Indicators[1].Name"], error.Errors.Keys);
    }

    [Fact]
    public async Task RejectsMoreIndicatorsThanTheEntityAllows()
    {
        await SignInAsync(RoleNames.Actor);
        var indicators = Enumerable.Range(1, RoadmapAction.MaxIndicators + 1).Select(i => new IndicatorInput($"Indicateur {i}", "u", null, i, null)).ToList();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap) with { Indicators = indicators }));

        Assert.True(error.Errors.ContainsKey("Indicators"));
    }

    [Fact]
    public async Task RejectsANegativeBudget()
    {
        await SignInAsync(RoleNames.Actor);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap) with { EstimatedBudget = -1 }));

        Assert.Equal(["Le budget estimé ne peut pas être négatif."], error.Errors["EstimatedBudget"]);
    }

    [Fact]
    public async Task RejectsAnUnknownTerritory()
    {
        await SignInAsync(RoleNames.Actor);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap) with { TerritoryIds = [Guid.NewGuid()] }));

        Assert.True(error.Errors.ContainsKey("TerritoryIds"));
    }

    [Fact]
    public async Task RejectsProposalWhenPhaseIsClosed()
    {
        var closed = new RoadmapBuilder().InPhase(RoadmapPhase.Ateliers);
        var roadmap = closed.Build();
        await Host.SaveAsync(closed.Owner, roadmap);
        await SignInAsync(RoleNames.ElectedOfficial);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(ActionRequests.Proposal(roadmap)));

        Assert.Contains("Les propositions sont fermées", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProposerFollowsTheirAction()
    {
        var proposerId = await SignInAsync(RoleNames.Actor);

        var proposed = await Host.SendAsync(ActionRequests.Proposal(_roadmap));

        Assert.True(await Host.WithDbAsync(db => db.Follows.AnyAsync(f => f.UserId == proposerId && f.Target == FollowTarget.Action && f.TargetId == proposed.Id)));
    }

    [Fact]
    public async Task NotifiesTheRoadmapFollowersOfTheNewAction()
    {
        var follower = await Host.NewUserAsync("Habitante de Mamers");
        await Host.SaveAsync(Follow.Start(follower, FollowTarget.Roadmap, _roadmap.Id, RoadmapBuilder.Now));
        await SignInAsync(RoleNames.Actor);

        var proposed = await Host.SendAsync(ActionRequests.Proposal(_roadmap));

        var notification = await Host.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == follower));
        Assert.Equal(NotificationKind.NewAction, notification.Kind);
        Assert.Equal($"/feuilles-de-route/{_roadmap.Slug}/actions/{proposed.Id}", notification.Link);
    }

    [Fact]
    public async Task TheProposerIsNotNotifiedOfTheirOwnAction()
    {
        var proposerId = await SignInAsync(RoleNames.Actor);
        await Host.SaveAsync(Follow.Start(proposerId, FollowTarget.Roadmap, _roadmap.Id, RoadmapBuilder.Now));

        await Host.SendAsync(ActionRequests.Proposal(_roadmap));

        Assert.False(await Host.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == proposerId)));
    }

    [Fact]
    public async Task ASecondSubmitWithTheSameKeyReturnsTheFirstAction()
    {
        await SignInAsync(RoleNames.Actor);
        var request = ActionRequests.Proposal(_roadmap);

        var first = await Host.SendAsync(request);
        var second = await Host.SendAsync(request);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, await CountActionsAsync());
    }

    [Fact]
    public async Task ConcurrentSubmitsWithTheSameKeyCreateOneAction()
    {
        await SignInAsync(RoleNames.Actor);
        var request = ActionRequests.Proposal(_roadmap);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Host.SendAsync(request))));

        Assert.Single(results.Select(r => r.Id).Distinct());
        Assert.Equal(1, await CountActionsAsync());
    }

    [Fact]
    public async Task DifferentKeysCreateDifferentActions()
    {
        await SignInAsync(RoleNames.Actor);

        await Host.SendAsync(ActionRequests.Proposal(_roadmap));
        await Host.SendAsync(ActionRequests.Proposal(_roadmap));

        Assert.Equal(2, await CountActionsAsync());
    }

    private async Task<Guid> SignInAsync(string role, Guid? organisationId = null)
    {
        var id = await Host.NewUserAsync("Proposant·e", organisationId);
        Host.User.SignIn(id, organisationId, role);
        return id;
    }

    private Task<RoadmapAction> FindAsync(Guid id) => Host.WithDbAsync(db => db.Actions.SingleAsync(a => a.Id == id));

    private Task<int> CountActionsAsync() => Host.WithDbAsync(db => db.Actions.CountAsync());
}
