using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Comments.PostComment;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Comments;

public sealed class PostCommentTests : ApplicationTest
{
    private CommentScenario _scenario = default!;

    protected override async Task ArrangeAsync()
    {
        _scenario = await CommentScenario.StartAsync(Host);
    }

    [Fact]
    public async Task ACitizensCommentIsStoredWithItsPositionAndCounted()
    {
        var id = await _scenario.PostAsync(_scenario.CitizenId, "Indispensable en zone rurale.", alignment: CommentAlignment.Against);

        var comment = await _scenario.FindAsync(id);
        Assert.Equal("Indispensable en zone rurale.", comment.Body);
        Assert.Equal(CommentAlignment.Against, comment.Alignment);
        Assert.Equal(ParticipantRole.Citizen, comment.AuthorRole);
        Assert.Equal(1, await _scenario.CommentCountAsync());
    }

    [Fact]
    public async Task AnAnonymousVisitorMayNotComment()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() =>
            Host.SendAsync(new PostComment(_scenario.Action.Id, "Bonjour", CommentAlignment.Neutral)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnEmptyCommentIsRejected(string body)
    {
        _scenario.SignInAsCitizen();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new PostComment(_scenario.Action.Id, body, CommentAlignment.Neutral)));

        Assert.Equal(["Écrivez votre commentaire."], error.Errors["Body"]);
    }

    [Fact]
    public async Task ACommentLongerThanTheLimitIsRejected()
    {
        _scenario.SignInAsCitizen();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new PostComment(_scenario.Action.Id, new string('a', Comment.BodyMaxLength + 1), CommentAlignment.Neutral)));

        Assert.Contains("5000", Assert.Single(error.Errors["Body"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownPositionIsRejected()
    {
        _scenario.SignInAsCitizen();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new PostComment(_scenario.Action.Id, "Bonjour", (CommentAlignment)42)));

        Assert.True(error.Errors.ContainsKey("Alignment"));
    }

    [Fact]
    public async Task AnUnknownActionIsNotFound()
    {
        _scenario.SignInAsCitizen();

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new PostComment(Guid.NewGuid(), "Bonjour", CommentAlignment.Neutral)));
    }

    [Fact]
    public async Task CommentsAreClosedOnceTheRoadmapIsAdopted()
    {
        await using var host = await ApplicationHost.StartAsync();
        var adopted = await CommentScenario.StartAsync(host, RoadmapPhase.Adoptee);
        adopted.SignInAsCitizen();

        var error = await Assert.ThrowsAsync<ConflictException>(() =>
            host.SendAsync(new PostComment(adopted.Action.Id, "Trop tard ?", CommentAlignment.Neutral)));

        Assert.Contains("Adoptée", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHiddenActionTakesNoMoreComments()
    {
        await Host.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == _scenario.Action.Id)).Hide("Hors sujet", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });
        _scenario.SignInAsCitizen();

        await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new PostComment(_scenario.Action.Id, "Bonjour", CommentAlignment.Neutral)));
    }

    [Fact]
    public async Task AReplyMustStayOnTheActionOfItsParent()
    {
        var other = Drafts.Proposed(_scenario.Roadmap, _scenario.ProposerId);
        var elsewhere = Comment.Write(other, null, _scenario.ProposerId, ParticipantRole.Citizen, "Ailleurs", CommentAlignment.Neutral, RoadmapBuilder.Now);
        await Host.SaveAsync(other, elsewhere);

        await Assert.ThrowsAsync<DomainRuleException>(() => _scenario.PostAsync(_scenario.CitizenId, "Réponse", elsewhere.Id));
    }

    [Fact]
    public async Task ThreadsStopAtThreeLevels()
    {
        var level1 = await _scenario.PostAsync(_scenario.ProposerId, "Niveau 1");
        var level2 = await _scenario.PostAsync(_scenario.CitizenId, "Niveau 2", level1);
        var level3 = await _scenario.PostAsync(_scenario.ProposerId, "Niveau 3", level2);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => _scenario.PostAsync(_scenario.CitizenId, "Niveau 4", level3));

        Assert.Contains("3 niveaux", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHiddenCommentTakesNoReply()
    {
        var hidden = await _scenario.WriteAtAsync(_scenario.ProposerId, RoadmapBuilder.Now);
        await Host.WithDbAsync(async db =>
        {
            (await db.Comments.SingleAsync(c => c.Id == hidden.Id)).Hide("Propos injurieux", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<ConflictException>(() => _scenario.PostAsync(_scenario.CitizenId, "Réponse", hidden.Id));
    }

    [Fact]
    public async Task ScriptInTheMarkdownNeverReachesTheHtml()
    {
        await _scenario.PostAsync(_scenario.CitizenId, "<script>alert(1)</script> [clic](javascript:alert(1)) **ok**");

        var html = Assert.Single((await Host.SendAsync(new ListComments(_scenario.Action.Id))).Comments).BodyHtml;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>ok</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondIdenticalSubmitReturnsTheCommentAlreadyPosted()
    {
        _scenario.SignInAsCitizen();
        var request = new PostComment(_scenario.Action.Id, "Envoyé deux fois", CommentAlignment.For);

        var first = await Host.SendAsync(request);
        var second = await Host.SendAsync(request);

        Assert.Equal(first.CommentId, second.CommentId);
        Assert.False(first.AlreadyPosted);
        Assert.True(second.AlreadyPosted);
        Assert.Equal(1, await Host.WithDbAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task TheAuthorStartsFollowingTheAction()
    {
        await _scenario.PostAsync(_scenario.CitizenId);

        Assert.True(await Host.WithDbAsync(db => db.Follows.AnyAsync(f =>
            f.UserId == _scenario.CitizenId && f.Target == FollowTarget.Action && f.TargetId == _scenario.Action.Id)));
    }

    [Fact]
    public async Task TheProposerAndFollowersAreNotifiedButNeverTheAuthor()
    {
        var follower = await Host.NewUserAsync("Voisine");
        await Host.SaveAsync(Follow.Start(follower, FollowTarget.Action, _scenario.Action.Id, RoadmapBuilder.Now));

        await _scenario.PostAsync(_scenario.CitizenId);

        var notified = await Host.WithDbAsync(db => db.Notifications.Select(n => new { n.UserId, n.Kind }).ToListAsync());
        Assert.Equal(
            [(follower, NotificationKind.NewComment), (_scenario.ProposerId, NotificationKind.NewComment)],
            notified.Select(n => (n.UserId, n.Kind)).OrderBy(n => n.UserId == _scenario.ProposerId));
    }

    [Fact]
    public async Task TheAuthorRepliedToGetsOneReplyNotification()
    {
        var neighbour = await Host.NewUserAsync("Voisine");
        var parent = await _scenario.PostAsync(neighbour, "Qui finance ?");
        await Host.WithDbAsync(db => db.InTransactionAsync(db.Notifications.ExecuteDeleteAsync, CancellationToken.None));

        await _scenario.PostAsync(_scenario.CitizenId, "Le Département.", parent);

        var toNeighbour = await Host.WithDbAsync(db => db.Notifications.Where(n => n.UserId == neighbour).ToListAsync());
        Assert.Equal(NotificationKind.Reply, Assert.Single(toNeighbour).Kind);
        Assert.Contains("#commentaire-", toNeighbour[0].Link, StringComparison.Ordinal);
        Assert.False(await Host.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == _scenario.CitizenId)));
    }
}
