using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.FollowUp.GetRoadmapDashboard;
using Roadmap.Application.Mediation.Grants;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Roadmaps.GetRoadmap;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Participation;

namespace Roadmap.Application.Tests.Common;

/// <summary>
/// Shared reads (decision 039) on a host that keeps them as the web app does: a roadmap that hides its support
/// counts during the concertation, one action supported once.
/// </summary>
public sealed class SharedReadCacheTests() : ApplicationTest(sharedReads: true)
{
    private RoadmapBuilder _builder = default!;
    private TerritorialRoadmap _roadmap = default!;
    private RoadmapAction _action = default!;
    private Guid _facilitator;
    private Guid _citizen;

    protected override async Task ArrangeAsync()
    {
        _builder = new RoadmapBuilder().WithSlug("sarthe").WithRules(new VotingRules(SupportEligibility.AllRegistered, 3, CountsShownDuringPhase: false));
        _roadmap = _builder.Build();
        _action = RoadmapAction.Propose(_roadmap, Drafts.For(_roadmap.Axes[0], "Une action soutenue"), await Host.NewUserAsync("Porteuse"), RoadmapBuilder.Now);
        await Host.SaveAsync(_builder.Owner, _roadmap, _action);
        await ParticipationScene.SignInAsync(Host, RoleNames.Citizen, name: "Soutien");
        await Host.SendAsync(new SupportAction(_action.Id));
        Host.User.SignOut();

        // Created before any read: a new account is a write, which moves the generation.
        _facilitator = await Host.NewUserAsync("Animatrice");
        _citizen = await Host.NewUserAsync("Camille");
    }

    [Fact]
    public async Task AnswersTheSameRequestFromTheKeptCopy()
    {
        var first = await Host.SendAsync(new GetRoadmapDashboard("sarthe"));

        Assert.Same(first, await Host.SendAsync(new GetRoadmapDashboard("sarthe")));
    }

    [Fact]
    public async Task KeepsWhatTheSignedInPagesReadForEveryone()
    {
        Host.User.SignIn(_citizen, null, RoleNames.Citizen);

        Assert.Same(await Host.SendAsync(new GetRoadmap("sarthe")), await Host.SendAsync(new GetRoadmap("sarthe")));
        Assert.Same(await Host.SendAsync(new GetActionDetails("sarthe", _action.Id)), await Host.SendAsync(new GetActionDetails("sarthe", _action.Id)));
        Assert.Same(await Host.SendAsync(new SearchActions("sarthe")), await Host.SendAsync(new SearchActions("sarthe")));
        Assert.Same(await Host.SendAsync(new GetSearchOptions("sarthe")), await Host.SendAsync(new GetSearchOptions("sarthe")));
    }

    [Fact]
    public async Task ReadsAgainOnceTheGenerationHasMoved()
    {
        var first = await Host.SendAsync(new GetRoadmapDashboard("sarthe"));

        Host.Get<PublicDataGeneration>().Advance();

        Assert.NotSame(first, await Host.SendAsync(new GetRoadmapDashboard("sarthe")));
    }

    [Fact]
    public async Task NeitherServesNorKeepsWhileTheGenerationIsNotKnown()
    {
        var kept = await Host.SendAsync(new GetRoadmapDashboard("sarthe"));
        var generation = Host.Get<PublicDataGeneration>();

        generation.Lose();
        var whileLost = await Host.SendAsync(new GetRoadmapDashboard("sarthe"));

        Assert.NotSame(kept, whileLost);
        Assert.NotSame(whileLost, await Host.SendAsync(new GetRoadmapDashboard("sarthe")));
        generation.Observe(generation.Current);
        Assert.Same(kept, await Host.SendAsync(new GetRoadmapDashboard("sarthe")));
    }

    [Fact]
    public async Task KeepsDifferentRequestValuesApart()
    {
        var other = new RoadmapBuilder().WithSlug("orne");
        await Host.SaveAsync(other.Owner, other.Build());

        var sarthe = await Host.SendAsync(new GetRoadmap("sarthe"));
        var orne = await Host.SendAsync(new GetRoadmap("orne"));

        Assert.Equal(("sarthe", "orne"), (sarthe.Slug, orne.Slug));
        Assert.NotSame(sarthe, await Host.SendAsync(new GetRoadmap("sarthe") { ActionsPerAxis = 5 }));
    }

    [Fact]
    public async Task NeverKeepsAQueryLeftUnmarked()
    {
        var first = await Host.SendAsync(new GetSupportTally(_action.Id));

        Assert.NotSame(first, await Host.SendAsync(new GetSupportTally(_action.Id)));
    }

    [Fact]
    public async Task RefusesACallerWhoMayNotAskEvenWhenTheAnswerIsKept()
    {
        Host.User.SignIn(await Host.NewUserAsync("Admin"), null, RoleNames.Administrator);
        var kept = await Host.SendAsync(new ListMediators(_builder.Owner.Id));
        Assert.Same(kept, await Host.SendAsync(new ListMediators(_builder.Owner.Id)));

        Host.User.SignIn(_citizen, null, RoleNames.Citizen);
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ListMediators(_builder.Owner.Id)));
        Host.User.SignOut();
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new ListMediators(_builder.Owner.Id)));
    }

    [Fact]
    public async Task ASignedInParticipantGetsThePublicAnswer()
    {
        var anonymous = await Host.SendAsync(new GetRoadmap("sarthe"));

        Host.User.SignIn(_citizen, null, RoleNames.Citizen);

        Assert.Same(anonymous, await Host.SendAsync(new GetRoadmap("sarthe")));
    }

    [Fact]
    public async Task NeitherThePublicNorTheTeamIsServedTheOthersAnswer()
    {
        var publicOverview = await Host.SendAsync(new GetRoadmap("sarthe"));
        var publicDetails = await Host.SendAsync(new GetActionDetails("sarthe", _action.Id));
        var publicItem = (await Host.SendAsync(new SearchActions("sarthe"))).Items.Single();

        Host.User.SignIn(_facilitator, null, RoleNames.Facilitator);
        var teamCard = (await Host.SendAsync(new GetRoadmap("sarthe"))).Axes[0].Actions.Single();
        var teamDetails = await Host.SendAsync(new GetActionDetails("sarthe", _action.Id));
        var teamItem = (await Host.SendAsync(new SearchActions("sarthe"))).Items.Single();

        Host.User.SignIn(_citizen, null, RoleNames.Citizen);
        Assert.Same(publicOverview, await Host.SendAsync(new GetRoadmap("sarthe")));
        Assert.Equal(new int?[] { null, null, null }, new[] { publicOverview.Axes[0].Actions.Single().SupportCount, publicDetails.SupportCount, publicItem.SupportCount });
        Assert.Equal(new int?[] { 1, 1, 1 }, new[] { teamCard.SupportCount, teamDetails.SupportCount, teamItem.SupportCount });
    }

    [Fact]
    public async Task AnActionHiddenByModerationLeavesThePublicReadsAtOnce()
    {
        Host.User.SignIn(_citizen, null, RoleNames.Citizen);
        Assert.Single((await Host.SendAsync(new GetRoadmap("sarthe"))).Axes[0].Actions);
        Assert.Equal(_action.Title, (await Host.SendAsync(new GetActionDetails("sarthe", _action.Id))).Title);
        Assert.Single((await Host.SendAsync(new SearchActions("sarthe"))).Items);

        Host.User.SignIn(_facilitator, null, RoleNames.Facilitator);
        await Host.SendAsync(new ModerateAction(_action.Id, ModerationDecision.Hide, "Hors sujet"));
        Host.User.SignIn(_citizen, null, RoleNames.Citizen);

        Assert.Empty((await Host.SendAsync(new GetRoadmap("sarthe"))).Axes[0].Actions);
        await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new GetActionDetails("sarthe", _action.Id)));
        Assert.Empty((await Host.SendAsync(new SearchActions("sarthe"))).Items);
    }

    [Fact]
    public async Task KeepsNoAnswerLargerThanAnEntryMayBe()
    {
        var runs = 0;
        var cache = Host.Get<SharedReadCache>();
        Task<string> Huge()
        {
            runs++;
            return Task.FromResult(new string('a', (int)SharedReadCache.MaximumEntrySize));
        }

        await cache.GetOrRunAsync(new Echo("petite"), Huge);
        await cache.GetOrRunAsync(new Echo("petite"), Huge);
        await cache.GetOrRunAsync(new Echo(new string('q', (int)SharedReadCache.MaximumEntrySize)), () => Task.FromResult("petite"));

        Assert.Equal(2, runs);
        Assert.Equal(0, cache.Size);
    }

    [Fact]
    public async Task StaysWithinItsCapacity()
    {
        var cache = Host.Get<SharedReadCache>();
        var answer = new string('a', (int)(SharedReadCache.MaximumEntrySize / 2));

        for (var i = 0; i < 3 * SharedReadCache.Capacity / answer.Length; i++)
        {
            await cache.GetOrRunAsync(new Echo(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), () => Task.FromResult(answer));
        }

        Assert.InRange(cache.Size, 1, SharedReadCache.Capacity);
    }

    private sealed record Echo(string Text) : ISharedRead<string>;
}
