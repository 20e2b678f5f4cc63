using System.Text.RegularExpressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Account.GetMyMenu;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Comments.UpvoteComment;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Following;
using Roadmap.Application.Following.GetFollowState;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Roadmaps.GetRoadmap;
using Roadmap.Application.Roadmaps.Team.GetMyRoadmapAccess;
using Roadmap.Application.Roadmaps.Team.GrantTeamRole;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Roadmaps.Team;

namespace Roadmap.Application.Tests.Security;

/// <summary>The caller as one scope's reads see them: read once, the right audience per role, never stale after a write.</summary>
public sealed class ViewerTests() : ApplicationTest(frozenClock: true)
{
    private TeamScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await TeamScene.StartAsync(Host);

    [Fact]
    public async Task ARoadmapPageReadsTheCallersTeamsOnce()
    {
        await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Facilitator, _scene.A);
        Host.Sql.Clear();

        await Host.InOneScopeAsync(async services =>
        {
            var mediator = services.GetRequiredService<IMediator>();
            await mediator.Send(new GetMyMenu());
            await mediator.Send(new GetRoadmap("feuille-a"));
            await mediator.Send(new GetFollowState(FollowedThing.Roadmap("feuille-a")));
            await mediator.Send(new GetMyRoadmapAccess("feuille-a"));
            return await mediator.Send(new GetSearchOptions("feuille-a"));
        });

        Assert.Single(Host.Sql.Commands, sql => sql.Contains("\"RoadmapTeamMembers\"", StringComparison.Ordinal));
    }

    public static TheoryData<string, Audience, Audience> Callers => new()
    {
        { "guest", Audience.Public, Audience.Public },
        { "participant", Audience.Public, Audience.Public },
        { "team of A", Audience.Team, Audience.Team },
        { "team of B", Audience.Public, Audience.Public },
        { "staff", Audience.Team, Audience.Team },
        { "mediator", Audience.Public, Audience.Public },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task EachCallerGetsTheAudienceOfTheirRoles(string caller, Audience ofRoadmapA, Audience ofActionOfA)
    {
        await _scene.SignInAsCallerAsync(caller);

        var audiences = await Host.InOneScopeAsync(async services =>
        {
            var viewer = services.GetRequiredService<Viewer>();
            return (await viewer.AudienceOfRoadmapAsync("feuille-a", default), await viewer.AudienceOfActionAsync(_scene.A.ActionToReview.Id, default));
        });

        Assert.Equal((ofRoadmapA, ofActionOfA), audiences);
    }

    /// <summary>The action page's details, comments and indicators each want the action's audience.</summary>
    [Fact]
    public async Task AnActionsRoadmapIsAskedOncePerScope()
    {
        await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Manager, _scene.B);
        Host.Sql.Clear();

        var audiences = await Host.InOneScopeAsync(async services =>
        {
            var viewer = services.GetRequiredService<Viewer>();
            var ofA = _scene.A.ActionToReview.Id;
            return new[] { await viewer.AudienceOfActionAsync(ofA, default), await viewer.AudienceOfActionAsync(ofA, default), await viewer.AudienceOfActionAsync(ofA, default) };
        });

        Assert.All(audiences, audience => Assert.Equal(Audience.Public, audience));
        Assert.Single(Host.Sql.Commands, sql => sql.Contains("FROM \"Actions\"", StringComparison.Ordinal));
    }

    /// <summary>The nested lists are filtered by the caller's id inside the statement: nobody else's row may slip in.</summary>
    [Fact]
    public async Task TheFactsAreTheCallersOwnAmongEveryonesFollowsAndTeams()
    {
        var me = (await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Facilitator, _scene.A))!.Value;
        await Host.SaveAsync(
            Follow.Start(me, FollowTarget.Roadmap, _scene.B.Roadmap.Id, RoadmapBuilder.Now),
            Follow.Start(me, FollowTarget.Action, _scene.A.ActionToReview.Id, RoadmapBuilder.Now),
            Follow.Start(_scene.AdministratorId, FollowTarget.Roadmap, _scene.A.Roadmap.Id, RoadmapBuilder.Now),
            RoadmapTeamMember.Grant(_scene.B.Roadmap.Id, _scene.AdministratorId, TeamRole.Manager, _scene.AdministratorId, RoadmapBuilder.Now));

        var facts = await Host.InOneScopeAsync(services => services.GetRequiredService<Viewer>().FactsAsync(default));

        Assert.Equal([("feuille-a", TeamRole.Facilitator)], facts.Teams.Select(t => (t.Slug, t.Role)));
        Assert.Equal(["feuille-b"], facts.FollowedRoadmaps);
    }

    [Fact]
    public async Task AMembershipAddedIsSeenByTheNextScope()
    {
        var me = (await _scene.SignInAsync(RoleNames.Citizen))!.Value;
        Assert.Equal(Audience.Public, (await Host.SendAsync(new GetRoadmap("feuille-a"))).Audience);

        await Host.SaveAsync(RoadmapTeamMember.Grant(_scene.A.Roadmap.Id, me, TeamRole.Facilitator, _scene.AdministratorId, RoadmapBuilder.Now));

        Assert.Equal(Audience.Team, (await Host.SendAsync(new GetRoadmap("feuille-a"))).Audience);
    }

    [Fact]
    public async Task ACommandMakesTheScopeReadTheViewerAgain()
    {
        _scene.AsAdministrator();

        var teams = await Host.InOneScopeAsync(async services =>
        {
            var mediator = services.GetRequiredService<IMediator>();
            Assert.Empty((await mediator.Send(new GetMyMenu())).Teams);
            await mediator.Send(new GrantTeamRole("feuille-b", _scene.AdministratorId, TeamRole.Manager));
            return (await mediator.Send(new GetMyMenu())).Teams;
        });

        Assert.Equal(["feuille-b"], teams.Select(t => t.Slug));
    }

    /// <summary>
    /// The follow button, the support panel and the thread each want what the caller did on the action: one statement
    /// for the three, the caller's rows only among everyone's.
    /// </summary>
    [Fact]
    public async Task AnActionPageReadsWhatTheCallerDidOnItOnce()
    {
        var me = (await _scene.SignInAsync(RoleNames.Citizen))!.Value;
        var action = _scene.A.ActionToReview;
        var someoneElse = await Host.NewUserAsync("Quelqu'un d'autre");
        var otherComment = Comment.Write(action, null, _scene.AdministratorId, ParticipantRole.Citizen, "Un autre avis.", CommentAlignment.For, RoadmapBuilder.Now.AddMinutes(1));
        await Host.SaveAsync(
            otherComment,
            Follow.Start(me, FollowTarget.Action, action.Id, RoadmapBuilder.Now),
            Follow.Start(someoneElse, FollowTarget.Action, _scene.A.ActionToModerate.Id, RoadmapBuilder.Now),
            Support.Give(_scene.A.Roadmap, _scene.A.ActionToModerate, me, ParticipantRole.Citizen, null, RoadmapBuilder.Now),
            Support.Give(_scene.A.Roadmap, action, someoneElse, ParticipantRole.Citizen, null, RoadmapBuilder.Now),
            CommentUpvote.Give(_scene.A.Comment, me, RoadmapBuilder.Now),
            CommentUpvote.Give(otherComment, someoneElse, RoadmapBuilder.Now),
            CommentUpvote.Give(_scene.B.Comment, me, RoadmapBuilder.Now));
        Host.Sql.Clear();

        var (follows, tally, thread) = await Host.InOneScopeAsync(async services =>
        {
            var mediator = services.GetRequiredService<IMediator>();
            return (await mediator.Send(new GetFollowState(FollowedThing.Action(action.Id))),
                await mediator.Send(new GetSupportTally(action.Id)),
                await mediator.Send(new ListComments(action.Id)));
        });

        Assert.True(follows);
        Assert.Equal((false, true), (tally.Viewer!.Supports, tally.Viewer.MaySupport));
        Assert.Equal([(_scene.A.Comment.Id, true), (otherComment.Id, false)], thread.Comments.Select(c => (c.Id, c.UpvotedByMe)));
        var mine = Host.Sql.Commands.Where(sql => sql.Contains("@userId", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);
        Assert.Single(mine, sql => sql.Contains("\"Follows\"", StringComparison.Ordinal) && sql.Contains("\"Supports\"", StringComparison.Ordinal)
            && sql.Contains("\"CommentUpvotes\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// Told which action the page shows (the web layer does, before the header asks), the scope reads the header's facts
    /// and what the caller did on the action in one statement: the caller's rows only among everyone's, teams in French order.
    /// </summary>
    [Fact]
    public async Task AnActionPageToldAheadReadsTheCallerInOneStatement()
    {
        var me = (await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Facilitator, _scene.B))!.Value;
        var action = _scene.A.ActionToReview;
        var someoneElse = await Host.NewUserAsync("Quelqu'un d'autre");
        await Host.SaveAsync(
            RoadmapTeamMember.Grant(_scene.A.Roadmap.Id, me, TeamRole.Manager, _scene.AdministratorId, RoadmapBuilder.Now),
            RoadmapTeamMember.Grant(_scene.A.Roadmap.Id, someoneElse, TeamRole.Manager, _scene.AdministratorId, RoadmapBuilder.Now),
            Follow.Start(me, FollowTarget.Roadmap, _scene.B.Roadmap.Id, RoadmapBuilder.Now),
            Follow.Start(me, FollowTarget.Action, action.Id, RoadmapBuilder.Now),
            Follow.Start(someoneElse, FollowTarget.Roadmap, _scene.A.Roadmap.Id, RoadmapBuilder.Now),
            Support.Give(_scene.A.Roadmap, action, me, ParticipantRole.Citizen, null, RoadmapBuilder.Now),
            CommentUpvote.Give(_scene.A.Comment, me, RoadmapBuilder.Now),
            CommentUpvote.Give(_scene.B.Comment, me, RoadmapBuilder.Now),
            MediatorGrant.Grant(someoneElse, _scene.A.Roadmap.OwnerOrganisationId, _scene.AdministratorId, RoadmapBuilder.Now),
            Notification.Create(me, NotificationKind.NewComment, "Un commentaire", "/", RoadmapBuilder.Now),
            Notification.Create(someoneElse, NotificationKind.NewComment, "Un commentaire", "/", RoadmapBuilder.Now));
        Host.Sql.Clear();

        var (menu, follows, tally, thread) = await Host.InOneScopeAsync(async services =>
        {
            services.GetRequiredService<IViewerReadAhead>().ForAction(action.Id);
            var mediator = services.GetRequiredService<IMediator>();
            return (await mediator.Send(new GetMyMenu()),
                await mediator.Send(new GetFollowState(FollowedThing.Action(action.Id))),
                await mediator.Send(new GetSupportTally(action.Id)),
                await mediator.Send(new ListComments(action.Id)));
        });

        Assert.Equal(["feuille-a", "feuille-b"], menu.Teams.Select(t => t.Slug).Order());
        Assert.Equal((1, false), (menu.Unread, menu.IsMediator));
        Assert.True(follows);
        Assert.True(tally.Viewer!.Supports);
        Assert.Equal([(_scene.A.Comment.Id, true)], thread.Comments.Select(c => (c.Id, c.UpvotedByMe)));
        Assert.Single(Host.Sql.Commands, sql => sql.Contains("@userId", StringComparison.Ordinal));
    }

    /// <summary>Whichever statement read them and whatever the database's collation, the teams come as French readers sort titles.</summary>
    [Fact]
    public void TheTeamsComeInFrenchOrder()
    {
        var facts = new ViewerFacts(
            [.. new[] { "Zones humides", "Écoles", "forêts" }.Select(title => new ViewerTeam(Guid.NewGuid(), title, title, TeamRole.Manager))], [], false, 0);

        Assert.Equal(["Écoles", "forêts", "Zones humides"], facts.InFrenchOrder().Teams.Select(t => t.Title));
    }

    /// <summary>Whoever asks, the one statement answers what the two separate reads answer.</summary>
    [Theory]
    [MemberData(nameof(Callers))]
    public async Task ReadAheadOrNotTheViewerIsTheSame(string caller, Audience ofRoadmapA, Audience ofActionOfA)
    {
        await _scene.SignInAsCallerAsync(caller);
        var action = _scene.A.ActionToReview;
        if (Host.User.Id is { } me)
        {
            await Host.SaveAsync(Follow.Start(me, FollowTarget.Action, action.Id, RoadmapBuilder.Now), CommentUpvote.Give(_scene.A.Comment, me, RoadmapBuilder.Now));
        }

        async Task<string> ReadAsync(bool ahead) => await Host.InOneScopeAsync(async services =>
        {
            var viewer = services.GetRequiredService<Viewer>();
            if (ahead)
            {
                services.GetRequiredService<IViewerReadAhead>().ForAction(action.Id);
            }

            var facts = await viewer.FactsAsync(default);
            var onAction = await viewer.OnActionAsync(action.Id, default);
            var audiences = (await viewer.AudienceOfRoadmapAsync("feuille-a", default), await viewer.AudienceOfActionAsync(action.Id, default));
            Assert.Equal((ofRoadmapA, ofActionOfA), audiences);
            return string.Join(" | ", string.Join(",", facts.Teams.Select(t => $"{t.Slug}:{t.Role}")), string.Join(",", facts.FollowedRoadmaps),
                facts.IsMediator, facts.Unread, onAction.Follows, onAction.Supports, string.Join(",", onAction.UpvotedComments));
        });

        Assert.Equal(await ReadAsync(ahead: false), await ReadAsync(ahead: true));
    }

    /// <summary>What the caller did on another action than the page's is read apart, and right.</summary>
    [Fact]
    public async Task AnotherActionThanThePagesIsReadApart()
    {
        var me = (await _scene.SignInAsync(RoleNames.Citizen))!.Value;
        await Host.SaveAsync(Follow.Start(me, FollowTarget.Action, _scene.A.ActionToModerate.Id, RoadmapBuilder.Now));

        var (onPage, onOther) = await Host.InOneScopeAsync(async services =>
        {
            services.GetRequiredService<IViewerReadAhead>().ForAction(_scene.A.ActionToReview.Id);
            var viewer = services.GetRequiredService<Viewer>();
            return (await viewer.OnActionAsync(_scene.A.ActionToReview.Id, default), await viewer.OnActionAsync(_scene.A.ActionToModerate.Id, default));
        });

        Assert.Equal((false, true), (onPage.Follows, onOther.Follows));
    }

    /// <summary>A command in a scope told ahead (a support posted from the action page) is seen by the page it renders next.</summary>
    [Fact]
    public async Task AScopeToldAheadReadsTheCallerAgainAfterTheirCommand()
    {
        await _scene.SignInAsync(RoleNames.Citizen);
        var action = _scene.A.ActionToReview;

        var (before, after) = await Host.InOneScopeAsync(async services =>
        {
            services.GetRequiredService<IViewerReadAhead>().ForAction(action.Id);
            var mediator = services.GetRequiredService<IMediator>();
            var before = await mediator.Send(new GetSupportTally(action.Id));
            await mediator.Send(new SupportAction(action.Id));
            return (before, await mediator.Send(new GetSupportTally(action.Id)));
        });

        Assert.Equal((false, true), (before.Viewer!.Supports, after.Viewer!.Supports));
    }

    /// <summary>A support and an upvote given in a scope show in the same scope's next reads (a form posted, then the page rendered).</summary>
    [Fact]
    public async Task WhatTheCallerDidOnAnActionIsReadAgainAfterTheirCommand()
    {
        await _scene.SignInAsync(RoleNames.Citizen);
        var action = _scene.A.ActionToReview;

        var (before, supported, upvoted) = await Host.InOneScopeAsync(async services =>
        {
            var mediator = services.GetRequiredService<IMediator>();
            var before = await mediator.Send(new ListComments(action.Id));
            await mediator.Send(new SupportAction(action.Id));
            var supported = await mediator.Send(new GetSupportTally(action.Id));
            await mediator.Send(new UpvoteComment(_scene.A.Comment.Id));
            return (before, supported, await mediator.Send(new ListComments(action.Id)));
        });

        Assert.False(before.Comments.Single().UpvotedByMe);
        Assert.Equal((true, 1), (supported.Viewer!.Supports, supported.Total));
        Assert.True(upvoted.Comments.Single().UpvotedByMe);
    }

    /// <summary>
    /// The caller's upvotes on an action are found from the caller's own (by their index), each checked against its
    /// comment: never by walking the action's comments, a thousand on a busy action, to look each up among the upvotes.
    /// </summary>
    [Fact]
    public async Task TheCallersUpvotesOnAnActionAreSoughtByTheCaller()
    {
        await _scene.SignInAsync(RoleNames.Citizen);
        Host.Sql.Clear();
        await Host.InOneScopeAsync(services => services.GetRequiredService<Viewer>().OnActionAsync(_scene.A.ActionToReview.Id, default));
        var statement = Assert.Single(Host.Sql.Commands, sql => sql.Contains("\"CommentUpvotes\"", StringComparison.Ordinal));

        var plan = await Host.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var sqlite = db.Database.IsSqlite();
            if (!sqlite)
            {
                // PostgreSQL would scan tables this small whatever their indexes: asked to seek, it tells which index it would.
                await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            }

            await using var command = connection.CreateCommand();
            command.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + statement;
            foreach (var name in Regex.Matches(statement, @"@\w+").Select(m => m.Value).Distinct())
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = Guid.NewGuid();
                command.Parameters.Add(parameter);
            }

            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetValue(reader.FieldCount - 1).ToString()!);
            }

            if (!sqlite)
            {
                await reader.CloseAsync();
                await db.Database.ExecuteSqlRawAsync("RESET enable_seqscan");
            }

            return lines;
        });

        Assert.DoesNotContain(plan, step => step.Contains("IX_Comments_ActionId", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("IX_CommentUpvotes_UserId", StringComparison.Ordinal));
    }
}
