using MediatR;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Participation.GetSupportTally;

/// <summary>
/// The supports of an action, split by role and organisation (verified standings only: <see cref="SupportBreakdown"/>);
/// public, with the caller's options when signed in. While the roadmap hides its support counts from the caller,
/// the tally holds no count (<see cref="SupportTallyView.CountsHidden"/>) but still tells the caller whether they support.
/// </summary>
public sealed record GetSupportTally(Guid ActionId) : IQuery<SupportTallyView>;

/// <summary>The counts are kept for every caller who sees the same (<see cref="SupportTallyCounts"/>); the caller's options are read each time.</summary>
internal sealed class GetSupportTallyHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock, SharedReadCache? cache = null)
    : IRequestHandler<GetSupportTally, SupportTallyView>
{
    public async Task<SupportTallyView> Handle(GetSupportTally request, CancellationToken cancellationToken)
    {
        var (roadmap, action) = await ParticipationTargets.LoadAsync(db, request.ActionId, cancellationToken);
        var hidden = await db.HidesSupportCountsFromAsync(user, roadmap, cancellationToken);
        var read = new SupportTallyCounts(roadmap.Id, action.Id, hidden);
        var (byRole, byOrganisation, endorsements) = await cache.ReadAsync(read, () => read.LoadAsync(db, cancellationToken));

        // Asked as the most permissive role, the rules leave only what closes supports for everyone.
        var closedReason = ParticipationTargets.SupportRefusal(roadmap, action, ParticipantRole.Administrator, clock.GetUtcNow());
        var viewer = user.Id is null
            ? null
            : await new ViewerOptions(db, user, clock).ForAsync(roadmap, action, endorsements, cancellationToken);

        return new SupportTallyView(
            action.Id, byRole?.Sum(r => r.Count), closedReason is null, closedReason, roadmap.VotingRules.MaxSupportsPerParticipant,
            byRole, byOrganisation, endorsements, viewer, hidden, hidden ? null : action.MediatedSupportCount);
    }
}
