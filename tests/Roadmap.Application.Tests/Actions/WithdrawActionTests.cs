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

public sealed class WithdrawActionTests : IAsyncLifetime
{
    private readonly RoadmapBuilder _builder = new();
    private ApplicationHost _host = default!;
    private TerritorialRoadmap _roadmap = default!;
    private RoadmapAction _action = default!;
    private Guid _proposerId;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        _roadmap = _builder.Build();
        _proposerId = await _host.NewUserAsync("Maire de Mamers");
        _action = Drafts.Proposed(_roadmap, _proposerId);
        await _host.SaveAsync(_builder.Owner, _roadmap, _action);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheProposerWithdrawsTheirProposal()
    {
        _host.User.SignIn(_proposerId, null, RoleNames.ElectedOfficial);

        await _host.SendAsync(new WithdrawAction(_action.Id));

        var action = await FindAsync();
        Assert.Equal(ActionStatus.Withdrawn, action.Status);
        Assert.Equal(ActionStatus.Withdrawn, action.History[^1].To);
        Assert.Equal(_proposerId, action.History[^1].ById);
    }

    [Fact]
    public async Task AnotherUserMayNotWithdrawIt()
    {
        _host.User.SignIn(await _host.NewUserAsync(), null, RoleNames.Facilitator);

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.SendAsync(new WithdrawAction(_action.Id)));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _host.SendAsync(new WithdrawAction(_action.Id)));
    }

    [Fact]
    public async Task ARetainedActionCannotBeWithdrawn()
    {
        await _host.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == _action.Id)).Retain(_proposerId, "", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });
        _host.User.SignIn(_proposerId, null, RoleNames.ElectedOfficial);

        await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new WithdrawAction(_action.Id)));
    }

    [Fact]
    public async Task AnUnknownActionIsNotFound()
    {
        _host.User.SignIn(_proposerId, null, RoleNames.ElectedOfficial);

        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new WithdrawAction(Guid.NewGuid())));
    }

    [Fact]
    public async Task TellsTheActionsFollowers()
    {
        var follower = await _host.NewUserAsync();
        await _host.SaveAsync(Follow.Start(follower, FollowTarget.Action, _action.Id, RoadmapBuilder.Now));
        _host.User.SignIn(_proposerId, null, RoleNames.ElectedOfficial);

        await _host.SendAsync(new WithdrawAction(_action.Id));

        var notification = await _host.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == follower));
        Assert.Equal($"L'action « {_action.Title} » est maintenant « Retirée » : Retirée par son auteur·rice.", notification.Text);
    }

    private Task<RoadmapAction> FindAsync() => _host.WithDbAsync(db => db.Actions.SingleAsync(a => a.Id == _action.Id));
}
