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

public sealed class FollowingTests : ApplicationTest
{
    private Guid _actionId;
    private Guid _roadmapId;

    protected override async Task ArrangeAsync()
    {
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        var roadmap = builder.Build();
        var action = Drafts.Proposed(roadmap, await Host.NewUserAsync("Proposeur"));
        await Host.SaveAsync(builder.Owner, roadmap, action);
        (_actionId, _roadmapId) = (action.Id, roadmap.Id);
        Host.User.SignIn(await Host.NewUserAsync("Camille"), null, RoleNames.Citizen);
    }

    [Fact]
    public async Task FollowingAnActionTwiceKeepsOneFollow()
    {
        await Host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));
        await Host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));

        Assert.Equal(1, await FollowsOfAsync(FollowTarget.Action, _actionId));
    }

    [Fact]
    public async Task FollowingARoadmapBySlugFollowsThatRoadmap()
    {
        await Host.SendAsync(new StartFollowing(FollowedThing.Roadmap("sarthe")));

        Assert.Equal(1, await FollowsOfAsync(FollowTarget.Roadmap, _roadmapId));
    }

    [Fact]
    public async Task FollowingAnUnknownActionIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new StartFollowing(FollowedThing.Action(Guid.NewGuid()))));
    }

    [Fact]
    public async Task FollowingAnUnknownRoadmapIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new StartFollowing(FollowedThing.Roadmap("inconnue"))));
    }

    [Fact]
    public async Task AnonymousVisitorCannotFollow()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId))));
    }

    [Fact]
    public async Task StoppingTwiceLeavesNoFollow()
    {
        await Host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));

        await Host.SendAsync(new StopFollowing(FollowedThing.Action(_actionId)));
        await Host.SendAsync(new StopFollowing(FollowedThing.Action(_actionId)));

        Assert.Equal(0, await FollowsOfAsync(FollowTarget.Action, _actionId));
    }

    [Fact]
    public async Task StoppingLeavesOtherFollowersFollowing()
    {
        await Host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));
        Host.User.SignIn(await Host.NewUserAsync("Dominique"), null, RoleNames.Citizen);
        await Host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));

        await Host.SendAsync(new StopFollowing(FollowedThing.Action(_actionId)));

        Assert.Equal(1, await FollowsOfAsync(FollowTarget.Action, _actionId));
    }

    [Fact]
    public async Task FollowStateSaysWhetherTheUserFollows()
    {
        var before = await Host.SendAsync(new GetFollowState(FollowedThing.Roadmap("sarthe")));
        await Host.SendAsync(new StartFollowing(FollowedThing.Roadmap("sarthe")));

        var after = await Host.SendAsync(new GetFollowState(FollowedThing.Roadmap("sarthe")));

        Assert.False(before);
        Assert.True(after);
    }

    [Fact]
    public async Task FollowStateIsFalseForAnAnonymousVisitor()
    {
        await Host.SendAsync(new StartFollowing(FollowedThing.Action(_actionId)));
        Host.User.SignOut();

        Assert.False(await Host.SendAsync(new GetFollowState(FollowedThing.Action(_actionId))));
    }

    private Task<int> FollowsOfAsync(FollowTarget target, Guid targetId) =>
        Host.WithDbAsync(db => db.Follows.CountAsync(f => f.Target == target && f.TargetId == targetId));
}
