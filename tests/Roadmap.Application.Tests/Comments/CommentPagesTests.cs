using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Comments;

/// <summary>A long debate comes a page of threads at a time, and links to a comment land on its page.</summary>
public sealed class CommentPagesTests : ApplicationTest
{
    private const int PageSize = CommentThread.ThreadsPerPage;

    private CommentScenario _scenario = default!;
    private List<Comment> _roots = [];

    protected override async Task ArrangeAsync()
    {
        _scenario = await CommentScenario.StartAsync(Host);
        var roots = Enumerable.Range(0, PageSize + 5)
            .Select(i => Comment.Write(_scenario.Action, null, _scenario.CitizenId, ParticipantRole.Citizen, $"Avis {i}", CommentAlignment.Neutral, RoadmapBuilder.Now.AddMinutes(i)))
            .ToList();
        await Host.SaveAsync([.. roots]);
        _roots = roots;
    }

    private Task<CommentThreadView> ListAsync(int page = 1, Guid? around = null) => Host.SendAsync(new ListComments(_scenario.Action.Id, page, around));

    [Fact]
    public async Task TheFirstPageHoldsTheOldestThreads()
    {
        var thread = await ListAsync();

        Assert.Equal(1, thread.Page);
        Assert.Equal(2, thread.PageCount);
        Assert.Equal(PageSize + 5, thread.ThreadCount);
        Assert.Equal(_roots.Take(PageSize).Select(c => c.Id), thread.Comments.Select(c => c.Id));
    }

    [Fact]
    public async Task TheLastPageHoldsTheRest()
    {
        var thread = await ListAsync(page: 2);

        Assert.Equal(_roots.Skip(PageSize).Select(c => c.Id), thread.Comments.Select(c => c.Id));
    }

    [Fact]
    public async Task RepliesToTheDeepestLevelComeRightAfterTheirParentOnTheRootsPage()
    {
        var root = _roots[PageSize + 1];
        var reply = Comment.Write(_scenario.Action, root, _scenario.ProposerId, ParticipantRole.Actor, "Réponse", CommentAlignment.For, RoadmapBuilder.Now.AddHours(2));
        var deepest = Comment.Write(_scenario.Action, reply, _scenario.CitizenId, ParticipantRole.Citizen, "Réponse à la réponse", CommentAlignment.Against, RoadmapBuilder.Now.AddHours(3));
        await Host.SaveAsync(reply, deepest);

        var page2 = (await ListAsync(page: 2)).Comments.Select(c => c.Id).ToList();
        var page1 = (await ListAsync(page: 1)).Comments.Select(c => c.Id).ToList();

        Assert.Equal([root.Id, reply.Id, deepest.Id], page2.Skip(page2.IndexOf(root.Id)).Take(3));
        Assert.DoesNotContain(reply.Id, page1);
    }

    [Fact]
    public async Task ALinkToADeepReplyOpensThePageOfItsThread()
    {
        var reply = Comment.Write(_scenario.Action, _roots[^1], _scenario.ProposerId, ParticipantRole.Actor, "Réponse", CommentAlignment.For, RoadmapBuilder.Now.AddHours(2));
        var deepest = Comment.Write(_scenario.Action, reply, _scenario.CitizenId, ParticipantRole.Citizen, "Encore", CommentAlignment.For, RoadmapBuilder.Now.AddHours(3));
        await Host.SaveAsync(reply, deepest);

        var thread = await ListAsync(page: 1, around: deepest.Id);

        Assert.Equal(2, thread.Page);
        Assert.Contains(thread.Comments, c => c.Id == deepest.Id);
    }

    [Fact]
    public async Task ACommentOfAnotherActionDoesNotMoveThePage()
    {
        var other = await _scenario.PostAsync(_scenario.CitizenId);
        await using var otherHost = await ApplicationHost.StartAsync();
        var elsewhere = await CommentScenario.StartAsync(otherHost);
        var foreign = await elsewhere.PostAsync(elsewhere.CitizenId);

        var thread = await ListAsync(page: 1, around: foreign);

        Assert.Equal(1, thread.Page);
        Assert.DoesNotContain(thread.Comments, c => c.Id == other);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(Paging.MaxPage)]
    public async Task APagePastTheLastIsBroughtBackToTheLast(int asked)
    {
        var thread = await ListAsync(page: asked);

        Assert.Equal(2, thread.Page);
        Assert.NotEmpty(thread.Comments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(int.MaxValue)]
    public async Task APageOutOfRangeIsRefused(int asked)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => ListAsync(page: asked));

        Assert.Equal([Paging.OutOfRange], error.Errors["Page"]);
    }

    [Fact]
    public async Task PositionsAreCountedOverEveryPageWithoutHiddenComments()
    {
        var hidden = Comment.Write(_scenario.Action, null, _scenario.CitizenId, ParticipantRole.Citizen, "Insulte", CommentAlignment.Against, RoadmapBuilder.Now.AddDays(1));
        hidden.Hide("Propos injurieux", RoadmapBuilder.Now.AddDays(1));
        await Host.SaveAsync(hidden);
        await _scenario.PostAsync(_scenario.CitizenId, alignment: CommentAlignment.For);
        await _scenario.PostAsync(_scenario.ProposerId, alignment: CommentAlignment.Against);

        var counts = (await ListAsync()).Counts;

        Assert.Equal(1, counts.For);
        Assert.Equal(1, counts.Against);
        Assert.Equal(PageSize + 5, counts.Neutral);
    }
}
