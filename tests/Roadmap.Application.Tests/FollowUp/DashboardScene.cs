using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>
/// A roadmap in follow-up whose dashboard figures are known by hand. Axis 1 « Inclusion numérique »:
/// retained (carried by La Flèche, one indicator late), in progress 40 % en difficulté (La Flèche, indicator
/// achieved, 2026: 50,000 € committed / 20,000 € spent, 2027: 30,000 € / 0), done (the association,
/// indicator not measured), proposed, and a retained action hidden by moderation. Axis 2 « Services
/// numériques »: in progress 60 % without carrying organisation (an indicator without baseline, ahead
/// from its first value; one without due date), and one not retained.
/// </summary>
internal sealed record DashboardScene(TerritorialRoadmap Roadmap, Organisation Commune, Organisation Association, RoadmapAction Hidden)
{
    public static async Task<DashboardScene> CreateAsync(ApplicationHost host)
    {
        var builder = new RoadmapBuilder();
        var roadmap = builder.Build();
        var commune = Organisation.Create("La Flèche", OrganisationKind.Commune, "72154");
        var association = Organisation.Create("Les Passeurs numériques", OrganisationKind.Association);
        await host.SaveAsync(builder.Owner, roadmap, commune, association);
        var by = await host.NewUserAsync("Animatrice");
        var now = RoadmapBuilder.Now;
        var first = roadmap.Axes[0];
        var second = roadmap.Axes[1];
        var values = new List<IndicatorValue>();
        void Measure(ActionIndicator indicator, DateOnly on, decimal value)
        {
            values.Add(IndicatorValue.Record(indicator, on, value, "", "", by, new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero)));
            indicator.ShowLatest(value, on);
        }

        var late = Action(roadmap, first, "Retenue en retard", by, commune.Id);
        Retain(late, by);
        Measure(late.Indicators[0], new DateOnly(2027, 1, 1), 100);

        var troubled = Action(roadmap, first, "En cours en difficulté", by, commune.Id);
        Retain(troubled, by);
        troubled.ReportProgress(by, 40, "Lancement.", now.AddDays(2));
        troubled.FlagDifficulty(ActionDifficulty.Late, "Recrutement retardé.", now.AddDays(3));
        troubled.SetBudgetYears([new ActionBudgetYear(2026, 50_000, 20_000), new ActionBudgetYear(2027, 30_000, 0)], now.AddDays(3));
        Measure(troubled.Indicators[0], new DateOnly(2026, 6, 1), 2_000);

        var done = Action(roadmap, first, "Réalisée", by, association.Id);
        Retain(done, by);
        done.ReportProgress(by, 100, "Terminée.", now.AddDays(2));

        var proposed = Action(roadmap, first, "Proposée", by, commune.Id);

        var hidden = Action(roadmap, first, "Masquée", by, commune.Id);
        Retain(hidden, by);
        hidden.SetBudgetYears([new ActionBudgetYear(2026, 999, 999)], now);
        hidden.Hide("Doublon.", now.AddDays(2));

        var ahead = Action(roadmap, second, "En cours en avance", by, null,
            [new SuccessIndicator("Lieux ouverts", "lieux", null, 100, new DateOnly(2028, 12, 31)), new SuccessIndicator("Ateliers", "ateliers", 0, 10, null)]);
        Retain(ahead, by);
        ahead.ReportProgress(by, 60, "Bien avancée.", now.AddDays(2));
        Measure(ahead.Indicators[0], new DateOnly(2026, 4, 1), 10);
        Measure(ahead.Indicators[0], new DateOnly(2027, 4, 1), 50);
        Measure(ahead.Indicators[1], new DateOnly(2026, 9, 1), 5);

        var rejected = Action(roadmap, second, "Non retenue", by, null);
        rejected.StartReview(by, "Examen.", now.AddDays(1));
        rejected.Reject(by, "Hors compétence.", now.AddDays(1));

        await host.SaveAsync(late, troubled, done, proposed, hidden, ahead, rejected);
        await host.SaveAsync([.. values]);
        return new DashboardScene(roadmap, commune, association, hidden);
    }

    private static RoadmapAction Action(TerritorialRoadmap roadmap, StrategicAxis axis, string title, Guid by, Guid? organisationId, IReadOnlyList<SuccessIndicator>? indicators = null)
    {
        var draft = Drafts.For(axis, title) with { OrganisationId = organisationId, Indicators = indicators ?? Drafts.For(axis).Indicators };
        return RoadmapAction.Propose(roadmap, draft, by, RoadmapBuilder.Now);
    }

    private static void Retain(RoadmapAction action, Guid by)
    {
        action.StartReview(by, "Examen.", RoadmapBuilder.Now);
        action.Retain(by, "Retenue.", RoadmapBuilder.Now);
    }
}
