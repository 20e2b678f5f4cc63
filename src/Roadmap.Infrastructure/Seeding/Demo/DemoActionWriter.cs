using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Seeding.Demo;

/// <summary>Proposes the demo actions and moves them through review, through the entity methods so their history is real.</summary>
internal sealed class DemoActionWriter(RoadmapDbContext db, DemoCast cast, DemoOrganisations organisations, DemoTimeline timeline)
{
    private const string ReviewOpened = "Proposition transmise à l'équipe d'animation pour examen.";
    private const string RetainedBeforeStart = "Retenue : l'action prolonge un programme déjà engagé et financé.";

    public IReadOnlyDictionary<string, RoadmapAction> Propose(TerritorialRoadmap roadmap, IReadOnlyList<DemoAction> specs)
    {
        var actions = new Dictionary<string, RoadmapAction>();
        foreach (var spec in specs)
        {
            var proposer = cast[spec.Proposer];
            var draft = new ActionDraft(
                roadmap.Axes[spec.Axis - 1].Id,
                spec.Title,
                spec.Summary,
                spec.Description,
                proposer.OrganisationId,
                [.. spec.Partners(organisations).Select(o => o.Id)],
                [.. spec.Territories(organisations).Select(o => o.Id)],
                spec.Indicators,
                spec.Budget,
                spec.Pooling);
            var action = RoadmapAction.Propose(roadmap, draft, proposer.Id, timeline.DaysAgo(spec.DaysAgo));
            db.Actions.Add(action);
            actions.Add(spec.Key, action);
        }

        return actions;
    }

    public void ApplyOutcomes(IReadOnlyList<DemoAction> specs, IReadOnlyDictionary<string, RoadmapAction> actions)
    {
        var reviewer = cast[DemoPeople.Facilitator].Id;

        // Merges last, so that each target has already reached its own status.
        foreach (var spec in specs.OrderBy(s => s.Outcome.Status == ActionStatus.Merged))
        {
            var action = actions[spec.Key];
            var outcome = spec.Outcome;
            if (outcome.Status == ActionStatus.Proposed)
            {
                continue;
            }

            var reviewReason = outcome.Status == ActionStatus.UnderReview ? outcome.Reason : ReviewOpened;
            action.StartReview(reviewer, reviewReason, timeline.During(action, 0.25));
            switch (outcome.Status)
            {
                case ActionStatus.Retained:
                    action.Retain(reviewer, outcome.Reason, timeline.During(action, 0.45));
                    break;
                case ActionStatus.NotRetained:
                    action.Reject(reviewer, outcome.Reason, timeline.During(action, 0.45));
                    break;
                case ActionStatus.Merged:
                    action.MergeInto(actions[outcome.MergeIntoKey!], reviewer, outcome.Reason, timeline.During(action, 0.45));
                    break;
                case ActionStatus.InProgress:
                    action.Retain(reviewer, RetainedBeforeStart, timeline.During(action, 0.35));
                    action.ReportProgress(reviewer, outcome.Percent / 2, "Lancement : premiers partenaires réunis.", timeline.During(action, 0.55));
                    action.ReportProgress(reviewer, outcome.Percent, outcome.Reason, timeline.During(action, 0.8));
                    break;
                case ActionStatus.Done:
                    action.Retain(reviewer, RetainedBeforeStart, timeline.During(action, 0.3));
                    action.ReportProgress(reviewer, 60, "Travaux engagés sur l'ensemble du territoire.", timeline.During(action, 0.5));
                    action.ReportProgress(reviewer, 100, outcome.Reason, timeline.During(action, 0.75));
                    break;
            }
        }
    }
}
