using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Roadmaps.Admin;

/// <summary>The rules of a roadmap's life: a schedule in phase order without overlap, one phase at a time, nothing once archived.</summary>
public sealed class RoadmapLifecycleRulesTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    [Fact]
    public void AScheduleInOrderWithoutOverlapIsKeptInPhaseOrder()
    {
        var roadmap = new RoadmapBuilder().Build();

        roadmap.SchedulePhases([
            new PhaseSchedule(RoadmapPhase.Concertation, March.AddDays(31), March.AddDays(60)),
            new PhaseSchedule(RoadmapPhase.Diagnostic, March, March.AddDays(30)),
            new PhaseSchedule(RoadmapPhase.Ateliers, March.AddDays(61), null),
        ]);

        Assert.Equal([RoadmapPhase.Diagnostic, RoadmapPhase.Concertation, RoadmapPhase.Ateliers], roadmap.Phases.Select(p => p.Phase));
    }

    [Fact]
    public void OverlappingPhasesAreRefusedNamingBoth()
    {
        var roadmap = new RoadmapBuilder().Build();

        var refused = Assert.Throws<DomainRuleException>(() => roadmap.SchedulePhases([
            new PhaseSchedule(RoadmapPhase.Diagnostic, March, March.AddDays(30)),
            new PhaseSchedule(RoadmapPhase.Concertation, March.AddDays(30), null),
        ]));

        Assert.Equal(
            "La phase « Concertation » commence le 31/03/2026, avant la fin de la phase « Diagnostic » (le 31/03/2026) : les phases ne peuvent pas se chevaucher.",
            refused.Message);
    }

    [Fact]
    public void PhasesOutOfOrderAreRefused()
    {
        var roadmap = new RoadmapBuilder().Build();

        var refused = Assert.Throws<DomainRuleException>(() => roadmap.SchedulePhases([
            new PhaseSchedule(RoadmapPhase.Ateliers, March, null),
            new PhaseSchedule(RoadmapPhase.Arbitrage, March.AddDays(-10), null),
        ]));

        Assert.Contains("« Arbitrage » commence le 19/02/2026, avant la phase « Ateliers »", refused.Message);
    }

    [Fact]
    public void AnEndBeforeItsStartIsRefused()
    {
        var roadmap = new RoadmapBuilder().Build();

        var refused = Assert.Throws<DomainRuleException>(() => roadmap.SchedulePhases([new PhaseSchedule(RoadmapPhase.Adoptee, March, March.AddDays(-1))]));

        Assert.Equal("La phase « Adoptée » finit le 28/02/2026, avant son début le 01/03/2026.", refused.Message);
    }

    [Fact]
    public void APhaseScheduledTwiceIsRefused()
    {
        var roadmap = new RoadmapBuilder().Build();

        Assert.Throws<DomainRuleException>(() => roadmap.SchedulePhases([
            new PhaseSchedule(RoadmapPhase.Diagnostic, March, null),
            new PhaseSchedule(RoadmapPhase.Diagnostic, March.AddDays(5), null),
        ]));
    }

    [Fact]
    public void AdvancingMovesToTheNextPhaseOnlyAndRecordsTheMessage()
    {
        var roadmap = new RoadmapBuilder().InPhase(RoadmapPhase.Concertation).Build();

        roadmap.Advance("Les ateliers commencent lundi.", RoadmapBuilder.Now);

        Assert.Equal(RoadmapPhase.Ateliers, roadmap.CurrentPhase);
        Assert.Equal("Les ateliers commencent lundi.", roadmap.PhaseMessage);
        Assert.Equal(RoadmapBuilder.Now, roadmap.PhaseChangedAt);
    }

    [Fact]
    public void TheLastPhaseHasNoNextPhase()
    {
        var roadmap = new RoadmapBuilder().InPhase(RoadmapPhase.MiseEnOeuvre).Build();

        var refused = Assert.Throws<DomainRuleException>(() => roadmap.Advance("Et après ?", RoadmapBuilder.Now));

        Assert.Contains("dernière phase", refused.Message);
        Assert.Equal(RoadmapPhase.MiseEnOeuvre, roadmap.CurrentPhase);
    }

    [Fact]
    public void AnAdvanceNeedsAPublicMessage()
    {
        var roadmap = new RoadmapBuilder().InPhase(RoadmapPhase.Diagnostic).Build();

        Assert.Throws<DomainRuleException>(() => roadmap.Advance("  ", RoadmapBuilder.Now));
        Assert.Equal(RoadmapPhase.Diagnostic, roadmap.CurrentPhase);
    }

    [Fact]
    public void AnArchivedRoadmapTakesNothingMore()
    {
        var roadmap = new RoadmapBuilder().InPhase(RoadmapPhase.Concertation).Build();

        roadmap.Archive(RoadmapBuilder.Now);

        Assert.False(roadmap.AcceptsProposals);
        Assert.False(roadmap.AcceptsSupports);
        Assert.False(roadmap.AcceptsComments);
        Assert.Equal(TerritorialRoadmap.Archived, Assert.Throws<DomainRuleException>(() => roadmap.Advance("Suite", RoadmapBuilder.Now)).Message);
        Assert.Throws<DomainRuleException>(() => roadmap.SchedulePhases([]));
        Assert.Throws<DomainRuleException>(() => roadmap.Archive(RoadmapBuilder.Now));
        Assert.Throws<DomainRuleException>(() => roadmap.Edit(new RoadmapBuilder().Owner, "Titre", "", ""));
    }

    [Fact]
    public void ARoadmapIsDueOnlyWhenItAdvancesByItselfAndItsNextPhaseHasStarted()
    {
        var roadmap = new RoadmapBuilder().InPhase(RoadmapPhase.Diagnostic).Build();
        roadmap.SchedulePhases([new PhaseSchedule(RoadmapPhase.Diagnostic, March, null), new PhaseSchedule(RoadmapPhase.Concertation, March.AddDays(10), null)]);

        Assert.False(roadmap.IsDueToAdvance(March.AddDays(10)));
        roadmap.SetAutomaticAdvance(true);
        Assert.False(roadmap.IsDueToAdvance(March.AddDays(9)));
        Assert.True(roadmap.IsDueToAdvance(March.AddDays(10)));
    }
}
