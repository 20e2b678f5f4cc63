using MediatR;
using Roadmap.Application.Actions.ProposeAction;
using Roadmap.Application.Actions.ReviewAction;
using Roadmap.Application.Domain.Actions;
using Roadmap.Demo.Content;

namespace Roadmap.Demo.Writers;

/// <summary>Proposes the demo actions and moves them through review with the use cases, so their history is real.</summary>
internal sealed class DemoActionWriter(DemoSender sender, DemoCast cast, DemoOrganisations organisations, DemoTimeline timeline)
{
    private const string ReviewOpened = "Proposition transmise à l'équipe d'animation pour examen.";
    private const string RetainedBeforeStart = "Retenue : l'action prolonge un programme déjà engagé et financé.";

    public async Task<IReadOnlyDictionary<string, DemoProposal>> ProposeAsync(DemoRoadmap roadmap, IReadOnlyList<DemoAction> specs, CancellationToken cancellationToken)
    {
        var actions = new Dictionary<string, DemoProposal>();
        foreach (var spec in specs)
        {
            var proposer = cast[spec.Proposer];
            var at = timeline.DaysAgo(spec.DaysAgo);
            var request = new ProposeAction
            {
                RoadmapSlug = roadmap.Slug,
                SubmissionKey = Guid.NewGuid(),
                AxisId = roadmap.AxisIds[spec.Axis - 1],
                Title = spec.Title,
                Summary = spec.Summary,
                Description = spec.Description,
                EasyRead = spec.EasyRead,
                OrganisationId = proposer.OrganisationId,
                PartnerIds = [.. spec.Partners(organisations).Select(o => o.Id)],
                TerritoryIds = [.. spec.Territories(organisations).Select(o => o.Id)],
                Indicators = spec.Indicators,
                EstimatedBudget = spec.Budget.EstimatedAmount,
                Funding = spec.Budget.Funding,
                PoolingOptions = spec.Pooling,
            };
            var proposed = await sender.SendAsync(proposer, at, request, cancellationToken);
            actions.Add(spec.Key, new DemoProposal(proposed.Id, at));
        }

        return actions;
    }

    public async Task ApplyOutcomesAsync(IReadOnlyList<DemoAction> specs, IReadOnlyDictionary<string, DemoProposal> actions, CancellationToken cancellationToken)
    {
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
            await ReviewAsync(action, 0.25, ActionStatus.UnderReview, reviewReason, cancellationToken);
            switch (outcome.Status)
            {
                case ActionStatus.Retained:
                case ActionStatus.NotRetained:
                    await ReviewAsync(action, 0.45, outcome.Status, outcome.Reason, cancellationToken);
                    break;
                case ActionStatus.Merged:
                    await ReviewAsync(action, 0.45, ActionStatus.Merged, outcome.Reason, cancellationToken, mergedInto: actions[outcome.MergeIntoKey!].Id);
                    break;
                case ActionStatus.InProgress:
                    await ReviewAsync(action, 0.35, ActionStatus.Retained, RetainedBeforeStart, cancellationToken);
                    await ReviewAsync(action, 0.55, ActionStatus.InProgress, "Lancement : premiers partenaires réunis.", cancellationToken, outcome.Percent / 2);
                    await ReviewAsync(action, 0.8, ActionStatus.InProgress, outcome.Reason, cancellationToken, outcome.Percent);
                    break;
                case ActionStatus.Done:
                    await ReviewAsync(action, 0.3, ActionStatus.Retained, RetainedBeforeStart, cancellationToken);
                    await ReviewAsync(action, 0.5, ActionStatus.InProgress, "Travaux engagés sur l'ensemble du territoire.", cancellationToken, 60);
                    await ReviewAsync(action, 0.75, ActionStatus.Done, outcome.Reason, cancellationToken);
                    break;
            }
        }
    }

    private Task<Unit> ReviewAsync(
        DemoProposal action, double fraction, ActionStatus status, string reason, CancellationToken cancellationToken, int? percent = null, Guid? mergedInto = null) =>
        sender.SendAsync(cast[DemoPeople.Facilitator], timeline.During(action, fraction), new ReviewAction(action.Id, status, reason, percent, mergedInto), cancellationToken);
}
