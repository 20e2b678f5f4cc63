using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Roadmaps.GetRoadmap;
using Roadmap.Application.Roadmaps.ListRoadmaps;
using Roadmap.Application.Roadmaps.Rules.ChangeParticipationRules;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Participation;

/// <summary>
/// Support counts hidden during the phase: every read that shows a count, or orders by supports, keeps it
/// from the public while the rules say so and supports are collected; the roadmap's team always sees it,
/// and a supporter still sees that they support.
/// </summary>
public sealed class HiddenSupportCountsTests : ApplicationTest
{
    public enum Moment
    {
        Concertation,
        Arbitrage,
        Archived,
    }

    public enum Viewer
    {
        Anonymous,
        CitizenSupporter,
        TeamFacilitatorOfThisRoadmap,
        TeamManagerOfAnotherRoadmap,
        GlobalFacilitator,
        Administrator,
    }

    private const int Cap = 3;

    private TerritorialRoadmap _roadmap = default!;
    private TerritorialRoadmap _other = default!;
    private RoadmapAction _mostSupported = default!;
    private RoadmapAction _newest = default!;
    private Guid _supporter;

    public static TheoryData<bool, Moment, Viewer> Matrix
    {
        get
        {
            var data = new TheoryData<bool, Moment, Viewer>();
            foreach (var shown in new[] { false, true })
            {
                foreach (var moment in Enum.GetValues<Moment>())
                {
                    foreach (var viewer in Enum.GetValues<Viewer>())
                    {
                        data.Add(shown, moment, viewer);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryReadKeepsTheCountsFromThePublicOnlyWhileTheRulesHideThemAndSupportsAreCollected(
        bool countsShownDuringPhase, Moment moment, Viewer viewer)
    {
        await SceneAsync(countsShownDuringPhase, moment);
        await SignInAsync(viewer);
        var sees = countsShownDuringPhase || moment != Moment.Concertation
            || viewer is Viewer.TeamFacilitatorOfThisRoadmap or Viewer.GlobalFacilitator or Viewer.Administrator;
        // Most supported first when the counts show; newest first (the order tells nothing) when they do not.
        Guid[] order = sees ? [_mostSupported.Id, _newest.Id] : [_newest.Id, _mostSupported.Id];
        int?[] counts = sees ? [2, 0] : [null, null];

        var overview = await Host.SendAsync(new GetRoadmap(_roadmap.Slug));
        var cards = overview.Axes.Single(a => a.Id == _roadmap.Axes[0].Id).Actions;
        Assert.Equal(!sees, overview.SupportCountsHidden);
        Assert.Equal(order, cards.Select(c => c.Id));
        Assert.Equal(counts, cards.Select(c => c.SupportCount));

        var summary = (await Host.SendAsync(new ListRoadmaps())).Single(r => r.Id == _roadmap.Id);
        Assert.Equal(sees ? 2 : null, summary.SupportCount);

        var details = await Host.SendAsync(new GetActionDetails(_roadmap.Slug, _mostSupported.Id));
        Assert.Equal(sees ? 2 : null, details.SupportCount);

        // In SQL (no text) and in memory (free text), by default and when the order by supports is asked for.
        foreach (var search in new[]
        {
            new SearchActions(_roadmap.Slug),
            new SearchActions(_roadmap.Slug) { Sort = ActionSearchSort.Supports },
            new SearchActions(_roadmap.Slug) { Sort = "SUPPORTS", Q = "action" },
        })
        {
            var found = await Host.SendAsync(search);
            Assert.Equal(sees ? ActionSearchSort.Supports : ActionSearchSort.Newest, found.Sort);
            Assert.Equal(order, found.Items.Select(i => i.Id));
            Assert.Equal(counts, found.Items.Select(i => i.SupportCount));
        }

        Assert.Equal(!sees, (await Host.SendAsync(new GetSearchOptions(_roadmap.Slug))).SupportCountsHidden);

        var tally = await Host.SendAsync(new GetSupportTally(_mostSupported.Id));
        Assert.Equal(!sees, tally.CountsHidden);
        Assert.Equal(sees ? 2 : null, tally.Total);
        Assert.Equal(sees, tally.ByRole is not null);
        Assert.Equal(sees, tally.ByOrganisation is not null);
        if (viewer == Viewer.CitizenSupporter)
        {
            Assert.True(tally.Viewer!.Supports);
            Assert.Equal(Cap - 1, tally.Viewer.RemainingSupports);
        }
    }

    [Fact]
    public async Task OtherSortsStayOfferedAndKeepTheirOrderWhileTheCountsAreHidden()
    {
        await SceneAsync(countsShownDuringPhase: false, Moment.Concertation);
        Host.User.SignOut();

        var byComments = await Host.SendAsync(new SearchActions(_roadmap.Slug) { Sort = ActionSearchSort.Comments });
        var random = await Host.SendAsync(new SearchActions(_roadmap.Slug) { Sort = ActionSearchSort.Random, Seed = 7 });

        Assert.Equal(ActionSearchSort.Comments, byComments.Sort);
        Assert.Equal(ActionSearchSort.Random, random.Sort);
        Assert.All(byComments.Items.Concat(random.Items), i => Assert.Null(i.SupportCount));
    }

    [Fact]
    public async Task HidingTheCountsTakesEffectAtOnceAndIsJournaled()
    {
        await SceneAsync(countsShownDuringPhase: true, Moment.Concertation);
        Host.User.SignIn(await Host.NewUserAsync("Alex Admin"), null, RoleNames.Administrator);

        var rules = await Host.SendAsync(new ChangeParticipationRules(
            _roadmap.Slug, ProposalEligibility.OfficialsAndActors, SupportEligibility.AllRegistered, Cap, CountsShownDuringPhase: false));

        Assert.False(rules.CountsShownDuringPhase);
        Assert.False(await Host.WithDbAsync(db => db.Roadmaps.Where(r => r.Id == _roadmap.Id).Select(r => r.VotingRules.CountsShownDuringPhase).SingleAsync()));
        var entry = await Host.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "rules.changed"));
        Assert.Contains("\"countsShownDuringPhase\":true", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"countsShownDuringPhase\":false", entry.After, StringComparison.Ordinal);

        Host.User.SignOut();
        Assert.True((await Host.SendAsync(new GetRoadmap(_roadmap.Slug))).SupportCountsHidden);
    }

    /// <summary>
    /// A roadmap in Concertation with two actions on its first axis: the older one supported twice (once by
    /// <see cref="_supporter"/>), the newer one not at all; then moved to <paramref name="moment"/>.
    /// </summary>
    private async Task SceneAsync(bool countsShownDuringPhase, Moment moment)
    {
        var builder = new RoadmapBuilder().WithRules(new VotingRules(SupportEligibility.AllRegistered, Cap, CountsShownDuringPhase: countsShownDuringPhase));
        _roadmap = builder.Build();
        var otherBuilder = new RoadmapBuilder();
        _other = otherBuilder.Build();
        var proposer = await Host.NewUserAsync("Porteuse de projet");
        _mostSupported = RoadmapAction.Propose(_roadmap, Drafts.For(_roadmap.Axes[0], "Action la plus soutenue"), proposer, RoadmapBuilder.Now);
        _newest = RoadmapAction.Propose(_roadmap, Drafts.For(_roadmap.Axes[0], "Action la plus récente"), proposer, RoadmapBuilder.Now.AddDays(1));
        await Host.SaveAsync(builder.Owner, otherBuilder.Owner, _roadmap, _other, _mostSupported, _newest);

        _supporter = await ParticipationScene.SignInAsync(Host, RoleNames.Citizen, name: "Soutien");
        await Host.SendAsync(new SupportAction(_mostSupported.Id));
        await ParticipationScene.SignInAsync(Host, RoleNames.Citizen, name: "Autre soutien");
        await Host.SendAsync(new SupportAction(_mostSupported.Id));

        if (moment != Moment.Concertation)
        {
            await Host.WithDbAsync(async db =>
            {
                var roadmap = await db.Roadmaps.SingleAsync(r => r.Id == _roadmap.Id);
                if (moment == Moment.Arbitrage)
                {
                    roadmap.AdvanceTo(RoadmapPhase.Arbitrage);
                }
                else
                {
                    roadmap.Archive(RoadmapBuilder.Now);
                }

                return await db.SaveChangesAsync();
            });
        }
    }

    private async Task SignInAsync(Viewer viewer)
    {
        switch (viewer)
        {
            case Viewer.Anonymous:
                Host.User.SignOut();
                break;
            case Viewer.CitizenSupporter:
                Host.User.SignIn(_supporter, null, RoleNames.Citizen);
                break;
            case Viewer.TeamFacilitatorOfThisRoadmap:
                await SignInWithTeamRoleAsync(_roadmap, TeamRole.Facilitator);
                break;
            case Viewer.TeamManagerOfAnotherRoadmap:
                await SignInWithTeamRoleAsync(_other, TeamRole.Manager);
                break;
            case Viewer.GlobalFacilitator:
                await ParticipationScene.SignInAsync(Host, RoleNames.Facilitator);
                break;
            case Viewer.Administrator:
                await ParticipationScene.SignInAsync(Host, RoleNames.Administrator);
                break;
        }
    }

    private async Task SignInWithTeamRoleAsync(TerritorialRoadmap roadmap, TeamRole role)
    {
        var id = await ParticipationScene.SignInAsync(Host, RoleNames.Citizen, name: "Équipe");
        await Host.SaveAsync(RoadmapTeamMember.Grant(roadmap.Id, id, role, id, RoadmapBuilder.Now));
    }
}
