using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.WithdrawAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Actions;

public sealed class WithdrawActionTests : ApplicationTest
{
    private readonly RoadmapBuilder _builder = new();
    private TerritorialRoadmap _roadmap = default!;
    private RoadmapAction _action = default!;
    private Guid _proposerId;

    protected override async Task ArrangeAsync()
    {
        _roadmap = _builder.Build();
        _proposerId = await Host.NewUserAsync("Maire de Mamers");
        _action = Drafts.Proposed(_roadmap, _proposerId);
        await Host.SaveAsync(_builder.Owner, _roadmap, _action);
    }

    [Fact]
    public async Task TheProposerWithdrawsTheirProposal()
    {
        Host.User.SignIn(_proposerId, null, RoleNames.ElectedOfficial);

        await Host.SendAsync(new WithdrawAction(_action.Id));

        var action = await FindAsync();
        Assert.Equal(ActionStatus.Withdrawn, action.Status);
        Assert.Equal(ActionStatus.Withdrawn, action.History[^1].To);
        Assert.Equal(_proposerId, action.History[^1].ById);
    }

    [Fact]
    public async Task AnotherUserMayNotWithdrawIt()
    {
        Host.User.SignIn(await Host.NewUserAsync(), null, RoleNames.Facilitator);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new WithdrawAction(_action.Id)));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new WithdrawAction(_action.Id)));
    }

    [Fact]
    public async Task ARetainedActionCannotBeWithdrawn()
    {
        await Host.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == _action.Id)).Retain(_proposerId, "", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });
        Host.User.SignIn(_proposerId, null, RoleNames.ElectedOfficial);

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new WithdrawAction(_action.Id)));
    }

    [Fact]
    public async Task AnUnknownActionIsNotFound()
    {
        Host.User.SignIn(_proposerId, null, RoleNames.ElectedOfficial);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new WithdrawAction(Guid.NewGuid())));
    }

    [Fact]
    public async Task TellsTheActionsFollowers()
    {
        var follower = await Host.NewUserAsync();
        await Host.SaveAsync(Follow.Start(follower, FollowTarget.Action, _action.Id, RoadmapBuilder.Now));
        Host.User.SignIn(_proposerId, null, RoleNames.ElectedOfficial);

        await Host.SendAsync(new WithdrawAction(_action.Id));

        var notification = await Host.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == follower));
        Assert.Equal($"L'action « {_action.Title} » est maintenant « Retirée » : Retirée par son auteur·rice.", notification.Text);
    }

    private Task<RoadmapAction> FindAsync() => Host.WithDbAsync(db => db.Actions.SingleAsync(a => a.Id == _action.Id));
}
