using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.ReviewAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Actions;

public sealed class ReviewActionTests : ApplicationTest
{
    private readonly RoadmapBuilder _builder = new();
    private TerritorialRoadmap _roadmap = default!;
    private RoadmapAction _action = default!;
    private Guid _proposerId;
    private Guid _reviewerId;

    protected override async Task ArrangeAsync()
    {
        _roadmap = _builder.Build();
        _proposerId = await Host.NewUserAsync("Médiatrice");
        _reviewerId = await Host.NewUserAsync("Animatrice");
        _action = Drafts.Proposed(_roadmap, _proposerId);
        await Host.SaveAsync(_builder.Owner, _roadmap, _action);
    }

    [Theory]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Administrator)]
    public async Task StaffRetainAnActionWithAPublicReason(string role)
    {
        Host.User.SignIn(_reviewerId, null, role);

        await Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.Retained, "Priorité du schéma départemental"));

        var action = await FindAsync(_action.Id);
        Assert.Equal(ActionStatus.Retained, action.Status);
        Assert.Equal("Priorité du schéma départemental", action.History[^1].Reason);
        Assert.Equal(_reviewerId, action.History[^1].ById);
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.ElectedOfficial)]
    public async Task ParticipantsMayNotReview(string role)
    {
        Host.User.SignIn(_reviewerId, null, role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.Retained)));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.Retained)));
    }

    [Fact]
    public async Task StartsTheReview()
    {
        SignInAsFacilitator();

        await Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.UnderReview));

        Assert.Equal(ActionStatus.UnderReview, (await FindAsync(_action.Id)).Status);
    }

    [Fact]
    public async Task NotRetainingNeedsAReason()
    {
        SignInAsFacilitator();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.NotRetained, " ")));

        Assert.Equal(["Reason"], error.Errors.Keys);
    }

    [Fact]
    public async Task NotRetainingKeepsTheReason()
    {
        SignInAsFacilitator();

        await Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.NotRetained, "Déjà couvert par le plan régional"));

        var action = await FindAsync(_action.Id);
        Assert.Equal(ActionStatus.NotRetained, action.Status);
        Assert.Equal("Déjà couvert par le plan régional", action.StatusReason);
    }

    [Fact]
    public async Task MergesIntoAnotherActionWithoutMovingItsSupports()
    {
        var target = Drafts.Proposed(_roadmap, _proposerId);
        var supporter = await Host.NewUserAsync();
        await Host.SaveAsync(target, Support.Give(_roadmap, _action, supporter, ParticipantRole.Citizen, null, RoadmapBuilder.Now));
        SignInAsFacilitator();

        await Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.Merged, "Même objectif", MergedIntoId: target.Id));

        var merged = await FindAsync(_action.Id);
        Assert.Equal(ActionStatus.Merged, merged.Status);
        Assert.Equal(target.Id, merged.MergedIntoId);
        Assert.Equal(1, await Host.WithDbAsync(db => db.Supports.CountAsync(s => s.ActionId == _action.Id)));
    }

    [Fact]
    public async Task MergingNeedsATarget()
    {
        SignInAsFacilitator();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.Merged)));

        Assert.Equal(["MergedIntoId"], error.Errors.Keys);
    }

    [Fact]
    public async Task MergingIntoAnUnknownActionIsRefused()
    {
        SignInAsFacilitator();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.Merged, MergedIntoId: Guid.NewGuid())));

        Assert.Equal(["MergedIntoId"], error.Errors.Keys);
    }

    [Fact]
    public async Task CannotMergeIntoAnActionOfAnotherRoadmap()
    {
        var other = new RoadmapBuilder();
        var otherRoadmap = other.Build();
        var elsewhere = Drafts.Proposed(otherRoadmap, _proposerId);
        await Host.SaveAsync(other.Owner, otherRoadmap, elsewhere);
        SignInAsFacilitator();

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.Merged, MergedIntoId: elsewhere.Id)));
    }

    [Fact]
    public async Task ReportsProgressOfARetainedAction()
    {
        var retained = await RetainedActionAsync();
        SignInAsFacilitator();

        await Host.SendAsync(new ReviewAction(retained.Id, ActionStatus.InProgress, "Premiers ateliers ouverts", ProgressPercent: 40));

        var action = await FindAsync(retained.Id);
        Assert.Equal(ActionStatus.InProgress, action.Status);
        Assert.Equal(40, action.ProgressPercent);
    }

    [Fact]
    public async Task MarkingDoneSetsFullProgress()
    {
        var retained = await RetainedActionAsync();
        SignInAsFacilitator();

        await Host.SendAsync(new ReviewAction(retained.Id, ActionStatus.Done));

        var action = await FindAsync(retained.Id);
        Assert.Equal(ActionStatus.Done, action.Status);
        Assert.Equal(100, action.ProgressPercent);
    }

    [Fact]
    public async Task ProgressNeedsAPercentage()
    {
        var retained = await RetainedActionAsync();
        SignInAsFacilitator();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new ReviewAction(retained.Id, ActionStatus.InProgress, ProgressPercent: 140)));

        Assert.Equal(["ProgressPercent"], error.Errors.Keys);
    }

    [Fact]
    public async Task AProposedActionCannotBeInProgress()
    {
        SignInAsFacilitator();

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.InProgress, ProgressPercent: 10)));
    }

    [Theory]
    [InlineData(ActionStatus.Proposed)]
    [InlineData(ActionStatus.Withdrawn)]
    public async Task ReviewCannotSetStatusesThatBelongToTheProposer(ActionStatus status)
    {
        SignInAsFacilitator();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new ReviewAction(_action.Id, status)));

        Assert.Equal(["Status"], error.Errors.Keys);
    }

    [Fact]
    public async Task AnUnknownActionIsNotFound()
    {
        SignInAsFacilitator();

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new ReviewAction(Guid.NewGuid(), ActionStatus.Retained)));
    }

    [Fact]
    public async Task NotifiesTheProposerAndBothKindsOfFollowers()
    {
        var actionFollower = await Host.NewUserAsync();
        var roadmapFollower = await Host.NewUserAsync();
        await Host.SaveAsync(
            Follow.Start(actionFollower, FollowTarget.Action, _action.Id, RoadmapBuilder.Now),
            Follow.Start(roadmapFollower, FollowTarget.Roadmap, _roadmap.Id, RoadmapBuilder.Now));
        SignInAsFacilitator();

        await Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.Retained, "Priorité 2026"));

        var recipients = await Host.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.StatusChanged).Select(n => n.UserId).ToListAsync());
        Assert.Equal(new[] { _proposerId, actionFollower, roadmapFollower }.Order(), recipients.Order());
    }

    [Fact]
    public async Task TheNotificationSaysTheNewStatusAndTheReason()
    {
        SignInAsFacilitator();

        await Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.Retained, "Priorité 2026"));

        var notification = await Host.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == _proposerId));
        Assert.Equal($"L'action « {_action.Title} » est maintenant « Retenue » : Priorité 2026", notification.Text);
        Assert.Equal($"/feuilles-de-route/{_roadmap.Slug}/actions/{_action.Id}", notification.Link);
    }

    [Fact]
    public async Task TheReviewerIsNotNotified()
    {
        await Host.SaveAsync(Follow.Start(_reviewerId, FollowTarget.Action, _action.Id, RoadmapBuilder.Now));
        SignInAsFacilitator();

        await Host.SendAsync(new ReviewAction(_action.Id, ActionStatus.UnderReview));

        Assert.False(await Host.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == _reviewerId)));
    }

    private void SignInAsFacilitator() => Host.User.SignIn(_reviewerId, null, RoleNames.Facilitator);

    private async Task<RoadmapAction> RetainedActionAsync()
    {
        var action = Drafts.Proposed(_roadmap, _proposerId);
        action.Retain(_reviewerId, "", RoadmapBuilder.Now);
        await Host.SaveAsync(action);
        return action;
    }

    private Task<RoadmapAction> FindAsync(Guid id) => Host.WithDbAsync(db => db.Actions.SingleAsync(a => a.Id == id));
}
