using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Domain.Actions;

public sealed partial class RoadmapAction
{
    /// <summary>
    /// Turns an idea posted in a live workshop into a proposed action. Workshops run mostly in the
    /// Ateliers phase, when ordinary proposals are closed: this path is open in Concertation and
    /// Ateliers, because the facilitator (not the author) decides it. The idea's id is the
    /// submission key, so the same idea can never become two actions.
    /// </summary>
    public static RoadmapAction PromoteFromWorkshop(TerritorialRoadmap roadmap, ActionDraft draft, Guid proposerId, Guid ideaId, string workshopTitle, Guid promotedById, DateTimeOffset now)
    {
        roadmap.EnsureNotArchived();
        if (roadmap.CurrentPhase is not (RoadmapPhase.Concertation or RoadmapPhase.Ateliers))
        {
            throw new DomainRuleException($"La feuille de route est en phase « {roadmap.CurrentPhase.French()} » : une idée ne peut plus devenir une action.");
        }

        if (!roadmap.HasAxis(draft.AxisId))
        {
            throw new DomainRuleException(TerritorialRoadmap.ForeignAxis);
        }

        var action = new RoadmapAction
        {
            Id = Guid.NewGuid(),
            RoadmapId = roadmap.Id,
            ProposerId = proposerId,
            SubmissionKey = ideaId,
            ShuffleKey = Random.Shared.Next(ShuffleKeyModulus),
            Status = ActionStatus.Proposed,
            CreatedAt = now,
        };
        action.Apply(draft, now);
        var reason = Guard.OptionalText($"Proposée à partir d'une idée de l'atelier « {workshopTitle} ».", StatusChange.ReasonMaxLength, "Le motif");
        action._history.Add(new StatusChange(ActionStatus.Proposed, ActionStatus.Proposed, reason, promotedById, now, null));
        return action;
    }
}
