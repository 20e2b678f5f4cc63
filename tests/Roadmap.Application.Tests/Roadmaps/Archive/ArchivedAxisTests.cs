using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Actions.EditAction;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Actions;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Roadmaps.Archive;

/// <summary>
/// An archived axis is read-only: no action is proposed on it or moved to it, its actions are no longer
/// edited (each refusal names the axis), they stay readable, and the form no longer offers it.
/// </summary>
public sealed class ArchivedAxisTests() : ApplicationTest(frozenClock: true)
{
    private const string ArchivedTitle = "Inclusion numérique";

    private TerritorialRoadmap _roadmap = default!;
    private RoadmapAction _onArchived = default!;
    private RoadmapAction _onActive = default!;
    private Guid _proposerId;

    protected override async Task ArrangeAsync()
    {
        var builder = new RoadmapBuilder().InPhase(RoadmapPhase.Concertation);
        _roadmap = builder.Build();
        _proposerId = await Host.NewUserAsync("Proposante");
        _onArchived = Drafts.Proposed(_roadmap, _proposerId);
        _onActive = RoadmapAction.Propose(_roadmap, Drafts.For(_roadmap.Axes[1], "Ouvrir les données"), _proposerId, RoadmapBuilder.Now);
        _roadmap.ArchiveAxis(_roadmap.Axes[0].Id, RoadmapBuilder.Now);
        await Host.SaveAsync(builder.Owner, _roadmap, _onArchived, _onActive);
        Host.User.SignIn(_proposerId, null, RoleNames.ElectedOfficial);
    }

    private Guid ArchivedAxisId => _onArchived.AxisId;

    [Fact]
    public async Task NoActionIsProposedOnIt()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(ActionRequests.Proposal(_roadmap) with { AxisId = ArchivedAxisId }));

        Assert.Equal($"L'axe « {ArchivedTitle} » est archivé : on ne peut plus y proposer ni y déplacer d'action.", refused.Errors["AxisId"][0]);
    }

    [Fact]
    public async Task NoActionIsMovedToIt()
    {
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(Edit(_onActive, ArchivedAxisId)));

        Assert.Equal($"L'axe « {ArchivedTitle} » est archivé : on ne peut plus y proposer ni y déplacer d'action.", refused.Message);
        Assert.Equal(_roadmap.Axes[1].Id, await Host.WithDbAsync(db => Task.FromResult(db.Actions.Single(a => a.Id == _onActive.Id).AxisId)));
    }

    [Fact]
    public async Task ItsActionsAreNoLongerEditedButStayReadable()
    {
        const string Refusal = $"L'axe « {ArchivedTitle} » est archivé : ses actions restent consultables mais ne peuvent plus être modifiées.";

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(Edit(_onArchived, _roadmap.Axes[1].Id)));
        var form = await Host.SendAsync(new GetActionForEdit(_roadmap.Slug, _onArchived.Id));
        var details = await Host.SendAsync(new GetActionDetails(_roadmap.Slug, _onArchived.Id));

        Assert.Equal(Refusal, refused.Message);
        Assert.Equal(Refusal, form.Refusal);
        Assert.Equal(_onArchived.Title, details.Title);
    }

    [Fact]
    public async Task ActionsOfOtherAxesAreStillEditedAndTheFormOffersOnlyActiveAxes()
    {
        await Host.SendAsync(Edit(_onActive, _onActive.AxisId) with { Title = "Ouvrir toutes les données" });

        var options = await Host.SendAsync(new GetActionFormOptions(_roadmap.Slug));

        Assert.Equal("Ouvrir toutes les données", await Host.WithDbAsync(db => Task.FromResult(db.Actions.Single(a => a.Id == _onActive.Id).Title)));
        Assert.Equal([_roadmap.Axes[1].Id], options.Axes.Select(a => a.Id));
        Assert.True((await Host.SendAsync(new GetActionForEdit(_roadmap.Slug, _onActive.Id))).MayEdit);
    }

    private EditAction Edit(RoadmapAction action, Guid axisId)
    {
        var proposal = ActionRequests.Proposal(_roadmap);
        return new EditAction { ActionId = action.Id, AxisId = axisId, Title = action.Title, Summary = proposal.Summary, Description = proposal.Description };
    }
}
