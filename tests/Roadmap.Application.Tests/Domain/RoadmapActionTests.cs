using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Domain;

public sealed class RoadmapActionTests
{
    private static readonly DateTimeOffset Later = RoadmapBuilder.Now.AddDays(3);

    [Fact]
    public void RejectsProposalWhenPhaseIsClosed()
    {
        var roadmap = new RoadmapBuilder().InPhase(RoadmapPhase.Arbitrage).Build();

        var error = Assert.Throws<DomainRuleException>(() => Drafts.Proposed(roadmap));
        Assert.Contains("fermées", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnAxisOfAnotherRoadmap()
    {
        var roadmap = new RoadmapBuilder().Build();
        var other = new RoadmapBuilder().Build();

        Assert.Throws<DomainRuleException>(() => RoadmapAction.Propose(roadmap, Drafts.For(other.Axes[0]), Guid.NewGuid(), Later));
    }

    [Fact]
    public void ProposalDrawsItsShuffleKeyBelowThePrime()
    {
        var roadmap = new RoadmapBuilder().Build();

        var keys = Enumerable.Range(0, 50).Select(_ => Drafts.Proposed(roadmap).ShuffleKey).ToList();

        Assert.All(keys, key => Assert.InRange(key, 0, RoadmapAction.ShuffleKeyModulus - 1));
        Assert.True(keys.Distinct().Count() > 1, "Les clés de l'ordre aléatoire devraient être tirées au hasard.");
    }

    [Fact]
    public void ProposalStartsItsPublicHistory()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());

        Assert.Equal(ActionStatus.Proposed, action.Status);
        Assert.Single(action.History);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RejectsAnEmptyTitle(string title)
    {
        var roadmap = new RoadmapBuilder().Build();

        Assert.Throws<DomainRuleException>(() => RoadmapAction.Propose(roadmap, Drafts.For(roadmap.Axes[0], title), Guid.NewGuid(), Later));
    }

    [Fact]
    public void RejectsATooLongTitle()
    {
        var roadmap = new RoadmapBuilder().Build();

        Assert.Throws<DomainRuleException>(() => RoadmapAction.Propose(roadmap, Drafts.For(roadmap.Axes[0], new string('é', RoadmapAction.TitleMaxLength + 1)), Guid.NewGuid(), Later));
    }

    [Fact]
    public void OnlyTheProposerMayEdit()
    {
        var roadmap = new RoadmapBuilder().Build();
        var action = Drafts.Proposed(roadmap);

        Assert.Throws<DomainRuleException>(() => action.Edit(roadmap, Drafts.For(roadmap.Axes[0], "Autre"), Guid.NewGuid(), Later));
    }

    [Fact]
    public void EditingStopsOnceReviewStarts()
    {
        var roadmap = new RoadmapBuilder().Build();
        var proposer = Guid.NewGuid();
        var action = Drafts.Proposed(roadmap, proposer);
        action.StartReview(Guid.NewGuid(), "", Later);

        Assert.Throws<DomainRuleException>(() => action.Edit(roadmap, Drafts.For(roadmap.Axes[0], "Autre"), proposer, Later));
    }

    [Fact]
    public void NotRetainingRequiresAPublicReason()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());

        Assert.Throws<DomainRuleException>(() => action.Reject(Guid.NewGuid(), " ", Later));
    }

    [Fact]
    public void RecordsWhoChangedTheStatusAndWhy()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());
        var facilitator = Guid.NewGuid();

        action.Retain(facilitator, "Priorité de l'axe 1", Later);

        var last = action.History[^1];
        Assert.Equal(ActionStatus.Proposed, last.From);
        Assert.Equal(ActionStatus.Retained, last.To);
        Assert.Equal("Priorité de l'axe 1", last.Reason);
        Assert.Equal(facilitator, last.ById!.Value);
        Assert.Equal(Later, last.At);
    }

    [Fact]
    public void CannotRetainARejectedAction()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());
        action.Reject(Guid.NewGuid(), "Hors compétence", Later);

        Assert.Throws<DomainRuleException>(() => action.Retain(Guid.NewGuid(), "", Later));
    }

    [Fact]
    public void MergeLinksToTheTargetAction()
    {
        var roadmap = new RoadmapBuilder().Build();
        var source = Drafts.Proposed(roadmap);
        var target = Drafts.Proposed(roadmap);

        source.MergeInto(target, Guid.NewGuid(), "Doublon", Later);

        Assert.Equal(ActionStatus.Merged, source.Status);
        Assert.Equal(target.Id, source.MergedIntoId!.Value);
    }

    [Fact]
    public void CannotMergeIntoItself()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());

        Assert.Throws<DomainRuleException>(() => action.MergeInto(action, Guid.NewGuid(), "", Later));
    }

    [Fact]
    public void ProgressOfOneHundredMarksTheActionDone()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());
        action.Retain(Guid.NewGuid(), "", Later);
        action.ReportProgress(Guid.NewGuid(), 40, "Premières permanences", Later);

        action.ReportProgress(Guid.NewGuid(), 100, "Terminé", Later);

        Assert.Equal(ActionStatus.Done, action.Status);
        Assert.Equal(100, action.ProgressPercent);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void RejectsProgressOutsideZeroToHundred(int percent)
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());
        action.Retain(Guid.NewGuid(), "", Later);

        Assert.Throws<DomainRuleException>(() => action.ReportProgress(Guid.NewGuid(), percent, "", Later));
    }

    [Fact]
    public void OnlyTheProposerMayWithdraw()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());

        Assert.Throws<DomainRuleException>(() => action.Withdraw(Guid.NewGuid(), Later));
    }

    [Fact]
    public void RejectsANegativeBudget()
    {
        var roadmap = new RoadmapBuilder().Build();
        var draft = Drafts.For(roadmap.Axes[0]) with { Budget = new ActionBudget(-5, "") };

        Assert.Throws<DomainRuleException>(() => RoadmapAction.Propose(roadmap, draft, Guid.NewGuid(), Later));
    }

    [Fact]
    public void KeepsPartnersAndTerritoriesApart()
    {
        var roadmap = new RoadmapBuilder().Build();
        var partner = Guid.NewGuid();
        var territory = Guid.NewGuid();
        var draft = Drafts.For(roadmap.Axes[0]) with { PartnerIds = [partner, partner], TerritoryIds = [territory] };

        var action = RoadmapAction.Propose(roadmap, draft, Guid.NewGuid(), Later);

        Assert.Equal([new ActionOrganisationLink(partner, ActionOrganisationRole.Partner), new ActionOrganisationLink(territory, ActionOrganisationRole.Territory)], action.OrganisationLinks);
    }
}
