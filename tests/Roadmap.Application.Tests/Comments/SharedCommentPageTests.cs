using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Comments.UpvoteComment;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Comments;

/// <summary>
/// A page of comments kept once per audience (decision 039) on a host that keeps shared reads as the web app does:
/// each reader still gets only their own options, and a write shows on the next read.
/// </summary>
public sealed class SharedCommentPageTests() : ApplicationTest(sharedReads: true)
{
    private CommentScenario _scenario = default!;
    private Guid _proposerComment;
    private Guid _citizenComment;

    protected override async Task ArrangeAsync()
    {
        _scenario = await CommentScenario.StartAsync(Host);
        _proposerComment = await _scenario.PostAsync(_scenario.ProposerId, "**Du maire**");
        _citizenComment = await _scenario.PostAsync(_scenario.CitizenId, "De Camille");
        await Host.SendAsync(new UpvoteComment(_proposerComment));
    }

    private async Task<IReadOnlyList<Application.Actions.GetActionDetails.CommentView>> ReadAsAsync(Guid? userId)
    {
        if (userId is { } id)
        {
            _scenario.SignInAsCitizen(id);
        }
        else
        {
            Host.User.SignOut();
        }

        return (await Host.SendAsync(new ListComments(_scenario.Action.Id))).Comments;
    }

    [Fact]
    public async Task EachReaderSeesOnlyTheirOwnOptionsOnTheSharedPage()
    {
        var proposer = await ReadAsAsync(_scenario.ProposerId);
        var citizen = await ReadAsAsync(_scenario.CitizenId);
        var guest = await ReadAsAsync(null);

        Assert.Equal([true, false], proposer.Select(c => c.IsMine));
        Assert.Equal([true, false], proposer.Select(c => c.CanEdit));
        Assert.Equal(["**Du maire**", null], proposer.Select(c => c.BodyMarkdown));
        Assert.Equal([false, false], proposer.Select(c => c.UpvotedByMe));
        Assert.Equal([false, true], citizen.Select(c => c.IsMine));
        Assert.Equal([null, "De Camille"], citizen.Select(c => c.BodyMarkdown));
        Assert.Equal([true, false], citizen.Select(c => c.UpvotedByMe));
        Assert.All(guest, c => Assert.False(c.IsMine || c.CanEdit || c.UpvotedByMe || c.BodyMarkdown is not null));
        Assert.Equal(guest.Select(c => c.BodyHtml), citizen.Select(c => c.BodyHtml));
    }

    [Fact]
    public async Task AnotherReadersUpvoteOrCommentShowsOnTheNextRead()
    {
        var before = await ReadAsAsync(null);

        await _scenario.PostAsync(await Host.NewUserAsync("Dominique"), "Un troisième avis");
        await Host.SendAsync(new UpvoteComment(_citizenComment));
        var after = await ReadAsAsync(null);

        Assert.Equal((2, 0), (before.Count, before[1].UpvoteCount));
        Assert.Equal((3, 1), (after.Count, after[1].UpvoteCount));
    }

    [Fact]
    public async Task TheTeamsAnswerOnAHiddenActionIsNeverServedToOthers()
    {
        var facilitator = await Host.NewUserAsync("Animatrice");
        var otherTeam = await Host.NewUserAsync("Équipe d'ailleurs");
        var elsewhere = new RoadmapBuilder().WithSlug("ailleurs");
        var otherRoadmap = elsewhere.Build();
        await Host.SaveAsync(elsewhere.Owner, otherRoadmap,
            RoadmapTeamMember.Grant(_scenario.Roadmap.Id, facilitator, TeamRole.Facilitator, facilitator, RoadmapBuilder.Now),
            RoadmapTeamMember.Grant(otherRoadmap.Id, otherTeam, TeamRole.Manager, otherTeam, RoadmapBuilder.Now));
        Host.User.SignIn(facilitator, null, RoleNames.Citizen);
        await Host.SendAsync(new ModerateAction(_scenario.Action.Id, ModerationDecision.Hide, "Hors sujet"));

        var team = (await Host.SendAsync(new ListComments(_scenario.Action.Id))).Comments;

        Assert.Equal(2, team.Count);
        await Assert.ThrowsAsync<HiddenByModerationException>(() => ReadAsAsync(_scenario.CitizenId));
        await Assert.ThrowsAsync<HiddenByModerationException>(() => ReadAsAsync(null));
        Host.User.SignIn(otherTeam, null, RoleNames.Citizen);
        await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new ListComments(_scenario.Action.Id)));
    }

    [Fact]
    public async Task LinksToCommentsOfOnePageShareItsEntryAndAnUnknownCommentKeepsThePageAskedFor()
    {
        var cache = Host.Get<SharedReadCache>();
        Host.User.SignOut();
        var first = await Host.SendAsync(new ListComments(_scenario.Action.Id, Around: _proposerComment));
        var kept = cache.Size;

        var second = await Host.SendAsync(new ListComments(_scenario.Action.Id, Around: _citizenComment));
        var unknown = await Host.SendAsync(new ListComments(_scenario.Action.Id, Around: Guid.NewGuid()));
        var plain = await Host.SendAsync(new ListComments(_scenario.Action.Id));

        Assert.True(kept > 0);
        Assert.Equal(kept, cache.Size);
        Assert.Equal([1, 1, 1, 1], new[] { first.Page, second.Page, unknown.Page, plain.Page });
        Assert.Equal(first.Comments.Select(c => c.Id), unknown.Comments.Select(c => c.Id));
    }
}
