using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Comments.RemoveUpvote;
using Roadmap.Application.Comments.UpvoteComment;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Comments;

public sealed class UpvoteCommentTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;
    private CommentScenario _scenario = default!;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        _scenario = await CommentScenario.StartAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<int> UpvotesAsync(Guid commentId) => _host.WithDbAsync(db => db.CommentUpvotes.CountAsync(u => u.CommentId == commentId));

    [Fact]
    public async Task UpvotingTwiceCountsOnce()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        _scenario.SignInAsCitizen();

        await _host.SendAsync(new UpvoteComment(id));
        await _host.SendAsync(new UpvoteComment(id));

        Assert.Equal(1, await UpvotesAsync(id));
    }

    [Fact]
    public async Task NobodyUpvotesTheirOwnComment()
    {
        var id = await _scenario.PostAsync(_scenario.CitizenId);

        await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new UpvoteComment(id)));
    }

    [Fact]
    public async Task AnUpvoteCanBeTakenBack()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        _scenario.SignInAsCitizen();
        await _host.SendAsync(new UpvoteComment(id));

        await _host.SendAsync(new RemoveUpvote(id));

        Assert.Equal(0, await UpvotesAsync(id));
    }

    [Fact]
    public async Task AnAnonymousVisitorMayNotUpvote()
    {
        var id = await _scenario.PostAsync(_scenario.ProposerId);
        _host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => _host.SendAsync(new UpvoteComment(id)));
    }

    [Fact]
    public async Task UpvotingAnUnknownCommentIsNotFound()
    {
        _scenario.SignInAsCitizen();

        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new UpvoteComment(Guid.NewGuid())));
    }
}
