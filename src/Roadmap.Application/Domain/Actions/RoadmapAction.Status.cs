namespace Roadmap.Application.Domain.Actions;

public sealed partial class RoadmapAction
{
    private static readonly Dictionary<ActionStatus, ActionStatus[]> AllowedMoves = new()
    {
        [ActionStatus.Proposed] = [ActionStatus.UnderReview, ActionStatus.Retained, ActionStatus.Merged, ActionStatus.NotRetained, ActionStatus.Withdrawn],
        [ActionStatus.UnderReview] = [ActionStatus.Retained, ActionStatus.Merged, ActionStatus.NotRetained],
        [ActionStatus.Retained] = [ActionStatus.InProgress, ActionStatus.Done],
        [ActionStatus.InProgress] = [ActionStatus.InProgress, ActionStatus.Done],
        [ActionStatus.Merged] = [],
        [ActionStatus.NotRetained] = [],
        [ActionStatus.Done] = [],
        [ActionStatus.Withdrawn] = [],
    };

    public bool IsOpenForSupport => Status is ActionStatus.Proposed or ActionStatus.UnderReview or ActionStatus.Retained;

    public bool CanMoveTo(ActionStatus target) => AllowedMoves[Status].Contains(target);

    public void StartReview(Guid byId, string reason, DateTimeOffset now) =>
        Move(ActionStatus.UnderReview, reason, byId, now, requireReason: false);

    public void Retain(Guid byId, string reason, DateTimeOffset now) =>
        Move(ActionStatus.Retained, reason, byId, now, requireReason: false);

    public void Reject(Guid byId, string reason, DateTimeOffset now) =>
        Move(ActionStatus.NotRetained, reason, byId, now, requireReason: true);

    /// <summary>Merges into another action; supports are not moved: the public history links to the target.</summary>
    public void MergeInto(RoadmapAction target, Guid byId, string reason, DateTimeOffset now)
    {
        if (target.Id == Id || target.RoadmapId != RoadmapId)
        {
            throw new DomainRuleException("Une action ne peut être fusionnée qu'avec une autre action de la même feuille de route.");
        }

        if (target.Status is ActionStatus.Merged or ActionStatus.NotRetained or ActionStatus.Withdrawn)
        {
            throw new DomainRuleException("L'action cible n'est plus active.");
        }

        Move(ActionStatus.Merged, reason, byId, now, requireReason: false);
        MergedIntoId = target.Id;
    }

    public void ReportProgress(Guid byId, int percent, string reason, DateTimeOffset now)
    {
        if (percent is < 0 or > 100)
        {
            throw new DomainRuleException("L'avancement doit être compris entre 0 et 100 %.");
        }

        Move(percent == 100 ? ActionStatus.Done : ActionStatus.InProgress, reason, byId, now, requireReason: false, percent);
    }

    public void Withdraw(Guid byId, DateTimeOffset now)
    {
        if (byId != ProposerId)
        {
            throw new DomainRuleException("Seule la personne qui a proposé l'action peut la retirer.");
        }

        Move(ActionStatus.Withdrawn, "Retirée par son auteur·rice.", byId, now, requireReason: false);
    }

    private void Move(ActionStatus target, string reason, Guid byId, DateTimeOffset now, bool requireReason, int? percent = null)
    {
        if (!CanMoveTo(target))
        {
            throw new DomainRuleException($"Une action « {Status.French()} » ne peut pas passer à « {target.French()} ».");
        }

        var checkedReason = requireReason
            ? Guard.Text(reason, StatusChange.ReasonMaxLength, "Le motif")
            : Guard.OptionalText(reason, StatusChange.ReasonMaxLength, "Le motif");
        _history.Add(new StatusChange(Status, target, checkedReason, byId, now, percent));
        Status = target;
        StatusReason = checkedReason;
        ProgressPercent = target == ActionStatus.Done ? 100 : percent ?? ProgressPercent;
        UpdatedAt = now;
    }
}
