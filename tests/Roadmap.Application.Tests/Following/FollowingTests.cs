using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Following;
using Roadmap.Application.Following.GetFollowState;
using Roadmap.Application.Following.StartFollowing;
using Roadmap.Application.Following.StopFollowing;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Following;

public sealed class FollowingTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;
    private Guid _actionId;
    private Guid _roadmapId;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        var roadmap = builder.Build();
        var action = Drafts.Proposed(roadmap, await _host.NewUserAsync("Proposeur"));
        await _host.SaveAsync(builder.Owner, roadmap, action);
        (_actionId, _roadmapId) = (action.Id, roadmap.Id);
        _host.User.SignIn(await _host.NewUserAsync("Camille"), null, RoleNames.Citizen);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FollowingAnActionTwiceKeepsOneFollow()
    {
        await _host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));
        await _host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));

        Assert.Equal(1, await FollowsOfAsync(FollowTarget.Action, _actionId));
    }

    [Fact]
    public async Task FollowingARoadmapBySlugFollowsThatRoadmap()
    {
        await _host.SendAsync(new StartFollowing(FollowedThing.Roadmap("sarthe")));

        Assert.Equal(1, await FollowsOfAsync(FollowTarget.Roadmap, _roadmapId));
    }

    [Fact]
    public async Task FollowingAnUnknownActionIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new StartFollowing(FollowedThing.Action(Guid.NewGuid()))));
    }

    [Fact]
    public async Task FollowingAnUnknownRoadmapIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new StartFollowing(FollowedThing.Roadmap("inconnue"))));
    }

    [Fact]
    public async Task AnonymousVisitorCannotFollow()
    {
        _host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => _host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId))));
    }

    [Fact]
    public async Task StoppingTwiceLeavesNoFollow()
    {
        await _host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));

        await _host.SendAsync(new StopFollowing(FollowedThing.Action(_actionId)));
        await _host.SendAsync(new StopFollowing(FollowedThing.Action(_actionId)));

        Assert.Equal(0, await FollowsOfAsync(FollowTarget.Action, _actionId));
    }

    [Fact]
    public async Task StoppingLeavesOtherFollowersFollowing()
    {
        await _host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));
        _host.User.SignIn(await _host.NewUserAsync("Dominique"), null, RoleNames.Citizen);
        await _host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));

        await _host.SendAsync(new StopFollowing(FollowedThing.Action(_actionId)));

        Assert.Equal(1, await FollowsOfAsync(FollowTarget.Action, _actionId));
    }

    [Fact]
    public async Task FollowStateSaysWhetherTheUserFollows()
    {
        var before = await _host.SendAsync(new GetFollowState(FollowedThing.Roadmap("sarthe")));
        await _host.SendAsync(new StartFollowing(FollowedThing.Roadmap("sarthe")));

        var after = await _host.SendAsync(new GetFollowState(FollowedThing.Roadmap("sarthe")));

        Assert.False(before);
        Assert.True(after);
    }

    [Fact]
    public async Task FollowStateIsFalseForAnAnonymousVisitor()
    {
        await _host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));
        _host.User.SignOut();

        Assert.False(await _host.SendAsync(new GetFollowState(FollowedThing.Action(_actionId))));
    }

    private Task<int> FollowsOfAsync(FollowTarget target, Guid targetId) =>
        _host.WithDbAsync(db => db.Follows.CountAsync(f => f.Target == target && f.TargetId == targetId));
}
