using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Comments.UpvoteComment;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Comments;

public sealed class ListCommentsTests : ApplicationTest
{
    private CommentScenario _scenario = default!;

    protected override async Task ArrangeAsync()
    {
        _scenario = await CommentScenario.StartAsync(Host);
    }

    private Task<CommentThreadView> ListAsync() => Host.SendAsync(new ListComments(_scenario.Action.Id));

    [Fact]
    public async Task TheAuthorMayEditARecentCommentAndGetsItsMarkdown()
    {
        await _scenario.PostAsync(_scenario.CitizenId, "**Oui**");

        var mine = Assert.Single((await ListAsync()).Comments);

        Assert.True(mine.IsMine);
        Assert.True(mine.CanEdit);
        Assert.Equal("**Oui**", mine.BodyMarkdown);
    }

    [Fact]
    public async Task AnOldCommentIsNoLongerEditable()
    {
        await _scenario.WriteAtAsync(_scenario.CitizenId, RoadmapBuilder.Now);
        _scenario.SignInAsCitizen();

        var mine = Assert.Single((await ListAsync()).Comments);

        Assert.True(mine.IsMine);
        Assert.False(mine.CanEdit);
    }

    [Fact]
    public async Task OthersSeeNeitherTheMarkdownNorTheEditOption()
    {
        await _scenario.PostAsync(_scenario.ProposerId);
        _scenario.SignInAsCitizen();

        var theirs = Assert.Single((await ListAsync()).Comments);

        Assert.False(theirs.IsMine);
        Assert.False(theirs.CanEdit);
        Assert.Null(theirs.BodyMarkdown);
    }

    [Fact]
    public async Task OffersToUpvoteAndReplyToOthersAndToReplyToOnesOwn()
    {
        var theirs = await _scenario.PostAsync(_scenario.ProposerId);
        var mine = await _scenario.PostAsync(_scenario.CitizenId);

        var comments = (await ListAsync()).Comments.ToDictionary(c => c.Id);

        Assert.Equal((true, true), (comments[theirs].CanUpvote, comments[theirs].CanReply));
        Assert.Equal((false, true), (comments[mine].CanUpvote, comments[mine].CanReply));
    }

    [Fact]
    public async Task OffersNoReplyAtTheDeepestLevelButStillTheUpvote()
    {
        Guid? parent = null;
        for (var depth = 1; depth <= Comment.MaxDepth; depth++)
        {
            parent = await _scenario.PostAsync(_scenario.ProposerId, parentId: parent);
        }

        _scenario.SignInAsCitizen();
        var deepest = (await ListAsync()).Comments.Single(c => c.Id == parent);

        Assert.Equal(Comment.MaxDepth, deepest.Depth);
        Assert.Equal((true, false), (deepest.CanUpvote, deepest.CanReply));
    }

    [Fact]
    public async Task OffersNoUpvoteOnAHiddenComment()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        await Host.WithDbAsync(async db =>
        {
            (await db.Comments.SingleAsync(c => c.Id == id)).HoldForModeration(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        _scenario.SignInAsCitizen();

        Assert.False(Assert.Single((await ListAsync()).Comments).CanUpvote);
    }

    [Fact]
    public async Task OffersAGuestNeitherUpvoteNorReply()
    {
        await _scenario.PostAsync(_scenario.ProposerId);
        Host.User.SignOut();

        var comment = Assert.Single((await ListAsync()).Comments);

        Assert.Equal((false, false), (comment.CanUpvote, comment.CanReply));
    }

    [Fact]
    public async Task SaysWhichCommentsTheViewerFoundUseful()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        _scenario.SignInAsCitizen();
        await Host.SendAsync(new UpvoteComment(id));

        var comment = Assert.Single((await ListAsync()).Comments);

        Assert.Equal(1, comment.UpvoteCount);
        Assert.True(comment.UpvotedByMe);
    }

    [Fact]
    public async Task AHeldCommentKeepsItsPlaceWithoutItsTextEvenForItsAuthor()
    {
        var id = await _scenario.PostAsync(_scenario.CitizenId, "Texte signalé");
        await Host.WithDbAsync(async db =>
        {
            (await db.Comments.SingleAsync(c => c.Id == id)).HoldForModeration(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var held = Assert.Single((await ListAsync()).Comments);

        Assert.True(held.IsHidden);
        Assert.True(held.IsHeld);
        Assert.Equal("", held.BodyHtml);
        Assert.Null(held.BodyMarkdown);
    }

    [Fact]
    public async Task AnonymousVisitorsMayReadButNotComment()
    {
        await _scenario.PostAsync(_scenario.ProposerId);
        Host.User.SignOut();

        var thread = await ListAsync();

        Assert.False(thread.CanComment);
        Assert.Null(thread.ClosedReason);
        Assert.Single(thread.Comments);
    }

    [Fact]
    public async Task SaysWhyCommentsAreClosed()
    {
        await using var host = await ApplicationHost.StartAsync();
        var adopted = await CommentScenario.StartAsync(host, RoadmapPhase.Adoptee);
        await adopted.WriteAtAsync(adopted.ProposerId, RoadmapBuilder.Now);
        adopted.SignInAsCitizen();

        var thread = await host.SendAsync(new ListComments(adopted.Action.Id));

        Assert.False(thread.CanComment);
        Assert.Contains("fermés", thread.ClosedReason, StringComparison.Ordinal);
        var comment = Assert.Single(thread.Comments);
        Assert.Equal((false, false), (comment.CanUpvote, comment.CanReply));
    }
}
