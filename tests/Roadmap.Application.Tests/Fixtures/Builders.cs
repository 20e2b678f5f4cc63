using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Tests.Fixtures;

/// <summary>Small builders so each test states only what matters to it.</summary>
internal sealed class RoadmapBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private RoadmapPhase _phase = RoadmapPhase.Concertation;
    private VotingRules _rules = VotingRules.Open;
    private string _slug = "feuille-" + Guid.NewGuid().ToString("N")[..8];

    public Organisation Owner { get; } = Organisation.Create("Département de la Sarthe", OrganisationKind.Departement, "72");

    public RoadmapBuilder InPhase(RoadmapPhase phase)
    {
        _phase = phase;
        return this;
    }

    public RoadmapBuilder WithRules(VotingRules rules)
    {
        _rules = rules;
        return this;
    }

    public RoadmapBuilder WithSlug(string slug)
    {
        _slug = slug;
        return this;
    }

    public TerritorialRoadmap Build()
    {
        var roadmap = TerritorialRoadmap.Create(Owner, "Usages numériques", _slug, "Une *feuille de route*.", Now);
        roadmap.AddAxis("Inclusion numérique", "Accompagner tous les publics").AddObjective("Former 2 000 personnes par an");
        roadmap.AddAxis("Services numériques", "");
        if (_phase != RoadmapPhase.Diagnostic)
        {
            roadmap.AdvanceTo(_phase);
        }

        roadmap.ChangeVotingRules(_rules);
        return roadmap;
    }
}

internal static class Drafts
{
    public static ActionDraft For(StrategicAxis axis, string title = "Déployer des conseillers numériques") => new(
        axis.Id,
        title,
        "Des permanences dans chaque communauté de communes.",
        "## Contexte\nLes **usages** progressent.",
        null,
        [],
        [],
        [new SuccessIndicator("Personnes accompagnées", "personnes", 0, 2_000, new DateOnly(2027, 12, 31))],
        new ActionBudget(120_000, "Département 60 %, Banque des Territoires 40 %"),
        [new PoolingOption(PoolingKind.Organisational, "Planning partagé entre EPCI")]);

    public static RoadmapAction Proposed(TerritorialRoadmap roadmap, Guid? proposer = null) =>
        RoadmapAction.Propose(roadmap, For(roadmap.Axes[0]), proposer ?? Guid.NewGuid(), RoadmapBuilder.Now);
}
