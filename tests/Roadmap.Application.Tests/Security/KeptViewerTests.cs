using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Account.GetMyMenu;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Comments.UpvoteComment;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Following;
using Roadmap.Application.Following.GetFollowState;
using Roadmap.Application.Following.MarkNotificationsRead;
using Roadmap.Application.Following.StartFollowing;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Application.Roadmaps.Team.GrantTeamRole;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Roadmaps.Team;

namespace Roadmap.Application.Tests.Security;

/// <summary>
/// The caller's facts kept between requests on a host that keeps shared reads, as the web app does (decision 052):
/// read once for many pages, never another account's, and never stale after a write anyone commits.
/// </summary>
public sealed class KeptViewerTests() : ApplicationTest(frozenClock: true, sharedReads: true)
{
    private TeamScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await TeamScene.StartAsync(Host);

    private int CallerStatements => Host.Sql.Commands.Count(sql => sql.Contains("@userId", StringComparison.Ordinal));

    private async Task<(MyMenu Menu, bool Follows, bool Supports, IReadOnlyList<Guid> Upvoted)> ReadActionPageAsync(Guid actionId) =>
        await Host.InOneScopeAsync(async services =>
        {
            services.GetRequiredService<IViewerReadAhead>().ForAction(actionId);
            var mediator = services.GetRequiredService<IMediator>();
            var menu = await mediator.Send(new GetMyMenu());
            var follows = await mediator.Send(new GetFollowState(FollowedThing.Action(actionId)));
            var tally = await mediator.Send(new GetSupportTally(actionId));
            var thread = await mediator.Send(new ListComments(actionId));
            return (menu, follows, tally.Viewer!.Supports, (IReadOnlyList<Guid>)[.. thread.Comments.Where(c => c.UpvotedByMe).Select(c => c.Id)]);
        });

    [Fact]
    public async Task TheSecondPageOfACallerAsksTheDatabaseNothing()
    {
        await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Facilitator, _scene.A);
        var action = _scene.A.ActionToReview.Id;
        var first = await ReadActionPageAsync(action);
        Host.Sql.Clear();

        var second = await ReadActionPageAsync(action);

        Assert.Equal(["feuille-a"], second.Menu.Teams.Select(t => t.Slug));
        Assert.Equal(first.Menu.Teams, second.Menu.Teams);
        Assert.Empty(Host.Sql.Commands);
        Assert.Equal(["feuille-a"], (await Host.SendAsync(new GetMyMenu())).Teams.Select(t => t.Slug));
        Assert.Equal(1, CallerStatements);
        Assert.Equal(["feuille-a"], (await Host.SendAsync(new GetMyMenu())).Teams.Select(t => t.Slug));
        Assert.Equal(1, CallerStatements);
    }

    [Fact]
    public async Task AnotherAccountNeverGetsTheFactsKeptForOne()
    {
        await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Manager, _scene.A);
        Assert.Equal(["feuille-a"], (await ReadActionPageAsync(_scene.A.ActionToReview.Id)).Menu.Teams.Select(t => t.Slug));

        await _scene.SignInAsync(RoleNames.Citizen, name: "Dominique Autre");
        var other = await ReadActionPageAsync(_scene.A.ActionToReview.Id);

        Assert.Empty(other.Menu.Teams);
        Assert.Equal(Audience.Public, await Host.InOneScopeAsync(services => services.GetRequiredService<Viewer>().AudienceOfRoadmapAsync("feuille-a", default)));
    }

    [Fact]
    public async Task ARoleGrantedInAnotherRequestIsOnTheNextPage()
    {
        var me = (await _scene.SignInAsync(RoleNames.Citizen))!.Value;
        Assert.Empty((await Host.SendAsync(new GetMyMenu())).Teams);

        var administrator = new TestCurrentUser();
        administrator.SignIn(_scene.AdministratorId, null, RoleNames.Administrator);
        await Host.SendAsAsync(administrator, new GrantTeamRole("feuille-b", me, TeamRole.Facilitator));

        Assert.Equal(["feuille-b"], (await Host.SendAsync(new GetMyMenu())).Teams.Select(t => t.Slug));
    }

    [Fact]
    public async Task WhatTheCallerDoesIsOnTheirNextPage()
    {
        var me = (await _scene.SignInAsync(RoleNames.Citizen))!.Value;
        var action = _scene.A.ActionToReview;
        var before = await ReadActionPageAsync(action.Id);
        Assert.Equal((false, false, 0), (before.Follows, before.Supports, before.Upvoted.Count));

        await Host.SendAsync(new StartFollowing(FollowedThing.Action(action.Id)));
        Assert.True((await ReadActionPageAsync(action.Id)).Follows);

        await Host.SendAsync(new UpvoteComment(_scene.A.Comment.Id));
        Assert.Equal([_scene.A.Comment.Id], (await ReadActionPageAsync(action.Id)).Upvoted);

        await Host.SaveAsync(Support.Give(_scene.A.Roadmap, action, me, ParticipantRole.Citizen, null, RoadmapBuilder.Now));
        Assert.True((await ReadActionPageAsync(action.Id)).Supports);

        await Host.SendAsync(new StartFollowing(FollowedThing.Roadmap("feuille-b")));
        Assert.Equal(["feuille-b"], await Host.InOneScopeAsync(async services => (await services.GetRequiredService<Viewer>().FactsAsync(default)).FollowedRoadmaps));
    }

    [Fact]
    public async Task TheUnreadCountFollowsNotificationsWrittenAndRead()
    {
        var me = (await _scene.SignInAsync(RoleNames.Citizen))!.Value;
        Assert.Equal(0, (await Host.SendAsync(new GetMyMenu())).Unread);

        await Host.SaveAsync(Notification.Create(me, NotificationKind.NewComment, "Un commentaire", "/", RoadmapBuilder.Now));
        Assert.Equal(1, (await Host.SendAsync(new GetMyMenu())).Unread);

        await Host.SendAsync(new MarkNotificationsRead());
        Assert.Equal(0, (await Host.SendAsync(new GetMyMenu())).Unread);
    }

    /// <summary>A node that may have missed another's write (its shared count out of reach) keeps nothing and reads each time.</summary>
    [Fact]
    public async Task NothingIsKeptWhileTheGenerationIsUnknown()
    {
        await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Facilitator, _scene.A);
        Host.Get<PublicDataGeneration>().Lose();
        Host.Sql.Clear();

        await Host.SendAsync(new GetMyMenu());
        await Host.SendAsync(new GetMyMenu());

        Assert.Equal(2, CallerStatements);
    }
}
