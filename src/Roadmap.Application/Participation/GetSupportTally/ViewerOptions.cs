using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Participation.GetSupportTally;

/// <summary>What the signed-in caller may do on the action: support, withdraw, co-sign for their collectivity.</summary>
internal sealed class ViewerOptions(IRoadmapDbContext db, ICurrentUser user, Viewer viewer)
{
    public async Task<ViewerParticipation> ForAsync(ActionFacts action, IReadOnlyList<EndorsingOrganisation> endorsements, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var rules = action.VotingRules;
        var supports = (await viewer.OnActionAsync(action.ActionId, cancellationToken)).Supports;
        var refusal = action.SupportRefusalFor(user.HighestRole())
            ?? await ParticipationTargets.StandingRefusalAsync(db, action.RoadmapId, rules, userId, cancellationToken);
        int? remaining = rules.MaxSupportsPerParticipant is { } cap
            ? Math.Max(0, cap - await SupportQuota.UsedAsync(db, action.RoadmapId, userId, cancellationToken))
            : null;
        if (refusal is null && !supports && remaining == 0)
        {
            refusal = SupportQuota.Exhausted(rules.MaxSupportsPerParticipant!.Value);
        }

        return new ViewerParticipation(
            supports, refusal is null && !supports, supports && action.SupportsOpen, supports ? null : refusal, remaining,
            await EndorsementAsync(action, endorsements, cancellationToken));
    }

    private async Task<ViewerEndorsement?> EndorsementAsync(ActionFacts action, IReadOnlyList<EndorsingOrganisation> endorsements, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(RoleNames.ElectedOfficial) || user.OrganisationId is not { } organisationId)
        {
            return null;
        }

        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        var active = action.Status is not (ActionStatus.Withdrawn or ActionStatus.Merged or ActionStatus.NotRetained);
        var endorsed = endorsements.Any(e => e.OrganisationId == organisationId);
        return new ViewerEndorsement(organisationId, name, endorsed, active && !action.IsHidden && !endorsed, active && endorsed);
    }
}
