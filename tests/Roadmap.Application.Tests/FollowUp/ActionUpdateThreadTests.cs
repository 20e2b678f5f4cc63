using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Comments.DeleteComment;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Comments.PostComment;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.FollowUp.GetActionUpdate;
using Roadmap.Application.FollowUp.ListActionUpdates;
using Roadmap.Application.FollowUp.PostActionUpdate;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>Comments on a point d'étape stay in its own thread; a hidden point d'étape is the team's to read.</summary>
public sealed class ActionUpdateThreadTests() : ApplicationTest(frozenClock: true)
{
    private FollowUpScenario _s = default!;
    private Guid _updateId;

    protected override async Task ArrangeAsync()
    {
        _s = new FollowUpScenario(Host);
        await _s.ArrangeAsync();
        _s.SignInAsPilot();
        _updateId = (await Host.SendAsync(new PostActionUpdate(_s.Action.Id, "Premier bilan", "Texte", DateOnly.FromDateTime(RoadmapBuilder.Now.UtcDateTime)))).UpdateId;
    }

    [Fact]
    public async Task CommentsOnAPointDEtapeDoNotLeakIntoTheActionThreadOrCount()
    {
        Host.User.SignIn(await Host.NewUserAsync("Habitant"), null, RoleNames.Citizen);

        var onUpdate = await Host.SendAsync(new PostComment(_s.Action.Id, "Sur le point d'étape", CommentAlignment.For, UpdateId: _updateId));
        var reply = await Host.SendAsync(new PostComment(_s.Action.Id, "Une réponse", CommentAlignment.Neutral, onUpdate.CommentId, _updateId));
        await Host.SendAsync(new PostComment(_s.Action.Id, "Sur l'action", CommentAlignment.Against));

        var actionThread = await Host.SendAsync(new ListComments(_s.Action.Id));
        var updateThread = await Host.SendAsync(new ListComments(_s.Action.Id, UpdateId: _updateId));
        Assert.Equal(["Sur l'action"], actionThread.Comments.Select(c => c.BodyMarkdown));
        Assert.Equal(1, actionThread.Counts.Total);
        Assert.Equal(2, updateThread.Comments.Count);
        Assert.Equal(2, updateThread.Counts.Total);
        Assert.Contains($"/points-d-etape/{_updateId}?commentaire={onUpdate.CommentId}", onUpdate.Link, StringComparison.Ordinal);
        Assert.Equal(1, await Host.WithDbAsync(db => db.Actions.Where(a => a.Id == _s.Action.Id).Select(a => a.CommentCount).SingleAsync()));
        Assert.Equal(2, (await Host.SendAsync(new GetActionUpdate(_updateId))).CommentCount);

        await Host.SendAsync(new DeleteComment(reply.CommentId));

        Assert.Equal(1, (await Host.SendAsync(new ListActionUpdates(_s.Action.Id))).Updates.Single().CommentCount);
        Assert.Equal(1, await Host.WithDbAsync(db => db.Actions.Where(a => a.Id == _s.Action.Id).Select(a => a.CommentCount).SingleAsync()));
    }

    [Fact]
    public async Task ARepliedToThreadMustBeTheSamePointDEtape()
    {
        Host.User.SignIn(await Host.NewUserAsync("Habitant"), null, RoleNames.Citizen);
        var onAction = await Host.SendAsync(new PostComment(_s.Action.Id, "Sur l'action", CommentAlignment.For));

        await Assert.ThrowsAsync<Roadmap.Application.Domain.DomainRuleException>(() =>
            Host.SendAsync(new PostComment(_s.Action.Id, "Réponse égarée", CommentAlignment.For, onAction.CommentId, _updateId)));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            Host.SendAsync(new PostComment(_s.Other.Id, "Mauvaise action", CommentAlignment.For, UpdateId: _updateId)));
    }

    [Fact]
    public async Task AHiddenPointDEtapeIsTheTeamsToReadWithItsReasonAndTakesNoComment()
    {
        await Host.WithDbAsync(async db =>
        {
            (await db.Updates.SingleAsync(u => u.Id == _updateId)).Hide("Données personnelles", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });

        Host.User.SignIn(await Host.NewUserAsync("Habitant"), null, RoleNames.Citizen);
        Assert.Empty((await Host.SendAsync(new ListActionUpdates(_s.Action.Id))).Updates);
        var refused = await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new GetActionUpdate(_updateId)));
        Assert.Equal("Données personnelles", refused.Reason);
        await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new ListComments(_s.Action.Id, UpdateId: _updateId)));
        await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new PostComment(_s.Action.Id, "Texte", CommentAlignment.For, UpdateId: _updateId)));

        Host.User.SignIn(_s.ManagerId, null, RoleNames.Citizen);
        var listed = Assert.Single((await Host.SendAsync(new ListActionUpdates(_s.Action.Id))).Updates);
        Assert.Equal("Données personnelles", listed.HiddenReason);
        Assert.Equal("Données personnelles", (await Host.SendAsync(new GetActionUpdate(_updateId))).HiddenReason);
    }

    [Fact]
    public async Task TheListSaysWhoMayPostAndShowsThePlainTextExcerpt()
    {
        var asPilot = await Host.SendAsync(new ListActionUpdates(_s.Action.Id));
        Host.User.SignOut();
        var asAnonymous = await Host.SendAsync(new ListActionUpdates(_s.Action.Id));

        Assert.True(asPilot.CanPost);
        Assert.False(asAnonymous.CanPost);
        var summary = Assert.Single(asAnonymous.Updates);
        Assert.Equal(("Premier bilan", "Pilote", "Texte"), (summary.Title, summary.AuthorName, summary.Excerpt));
        Assert.Null(summary.HiddenReason);
    }
}
