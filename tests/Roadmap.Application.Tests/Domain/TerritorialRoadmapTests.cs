using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Domain;

public sealed class TerritorialRoadmapTests
{
    [Fact]
    public void StartsInDiagnosticPhase()
    {
        var roadmap = new RoadmapBuilder().InPhase(RoadmapPhase.Diagnostic).Build();

        Assert.Equal(RoadmapPhase.Diagnostic, roadmap.CurrentPhase);
    }

    [Fact]
    public void RefusesToGoBackToAnEarlierPhase()
    {
        var roadmap = new RoadmapBuilder().InPhase(RoadmapPhase.Ateliers).Build();

        Assert.Throws<DomainRuleException>(() => roadmap.AdvanceTo(RoadmapPhase.Concertation));
    }

    [Theory]
    [InlineData(RoadmapPhase.Diagnostic, false)]
    [InlineData(RoadmapPhase.Concertation, true)]
    [InlineData(RoadmapPhase.Ateliers, false)]
    [InlineData(RoadmapPhase.MiseEnOeuvre, false)]
    public void AcceptsProposalsOnlyDuringConcertation(RoadmapPhase phase, bool expected)
    {
        Assert.Equal(expected, new RoadmapBuilder().InPhase(phase).Build().AcceptsProposals);
    }

    [Theory]
    [InlineData(RoadmapPhase.Diagnostic, false)]
    [InlineData(RoadmapPhase.Concertation, true)]
    [InlineData(RoadmapPhase.Ateliers, true)]
    [InlineData(RoadmapPhase.Arbitrage, false)]
    public void AcceptsSupportsDuringConcertationAndWorkshops(RoadmapPhase phase, bool expected)
    {
        Assert.Equal(expected, new RoadmapBuilder().InPhase(phase).Build().AcceptsSupports);
    }

    [Fact]
    public void RestrictedVotingRulesRefuseCitizens()
    {
        var roadmap = new RoadmapBuilder().WithRules(new VotingRules(SupportEligibility.OfficialsAndActors, null)).Build();

        Assert.False(roadmap.AllowsSupportFrom(ParticipantRole.Citizen));
        Assert.True(roadmap.AllowsSupportFrom(ParticipantRole.ElectedOfficial));
    }

    [Fact]
    public void RefusesANonPositiveSupportCap()
    {
        var roadmap = new RoadmapBuilder().Build();

        Assert.Throws<DomainRuleException>(() => roadmap.ChangeVotingRules(new VotingRules(SupportEligibility.AllRegistered, 0)));
    }

    [Fact]
    public void NumbersAxesInOrder()
    {
        var roadmap = new RoadmapBuilder().Build();

        Assert.Equal([1, 2], roadmap.Axes.Select(a => a.Position));
    }

    [Fact]
    public void RefusesAPhaseEndingBeforeItStarts()
    {
        var roadmap = new RoadmapBuilder().Build();

        Assert.Throws<DomainRuleException>(() => roadmap.Schedule(RoadmapPhase.Ateliers, new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1)));
    }

    [Theory]
    [InlineData("Usages numériques")]
    [InlineData("UPPER")]
    [InlineData("a--b")]
    [InlineData("")]
    public void RefusesAnInvalidSlug(string slug)
    {
        Assert.Throws<DomainRuleException>(() => new RoadmapBuilder().WithSlug(slug).Build());
    }

    [Fact]
    public void SlugsDropAccentsAndLigatures()
    {
        Assert.Equal("feuille-de-route-des-usages-numeriques-mise-en-oeuvre", Slugs.From("Feuille de route des usages numériques — mise en œuvre"));
    }
}
