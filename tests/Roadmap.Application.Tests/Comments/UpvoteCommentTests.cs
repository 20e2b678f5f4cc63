using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Comments.RemoveUpvote;
using Roadmap.Application.Comments.UpvoteComment;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Comments;

public sealed class UpvoteCommentTests : ApplicationTest
{
    private CommentScenario _scenario = default!;

    protected override async Task ArrangeAsync()
    {
        _scenario = await CommentScenario.StartAsync(Host);
    }

    private Task<int> UpvotesAsync(Guid commentId) => Host.WithDbAsync(db => db.CommentUpvotes.CountAsync(u => u.CommentId == commentId));

    [Fact]
    public async Task UpvotingTwiceCountsOnce()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        _scenario.SignInAsCitizen();

        await Host.SendAsync(new UpvoteComment(id));
        await Host.SendAsync(new UpvoteComment(id));

        Assert.Equal(1, await UpvotesAsync(id));
    }

    [Fact]
    public async Task NobodyUpvotesTheirOwnComment()
    {
        var id = await _scenario.PostAsync(_scenario.CitizenId);

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new UpvoteComment(id)));
    }

    [Fact]
    public async Task AnUpvoteCanBeTakenBack()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        _scenario.SignInAsCitizen();
        await Host.SendAsync(new UpvoteComment(id));

        await Host.SendAsync(new RemoveUpvote(id));

        Assert.Equal(0, await UpvotesAsync(id));
    }

    [Fact]
    public async Task AnAnonymousVisitorMayNotUpvote()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new UpvoteComment(id)));
    }

    [Fact]
    public async Task UpvotingAnUnknownCommentIsNotFound()
    {
        _scenario.SignInAsCitizen();

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new UpvoteComment(Guid.NewGuid())));
    }
}
