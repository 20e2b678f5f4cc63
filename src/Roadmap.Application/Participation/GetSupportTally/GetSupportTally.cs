using MediatR;
using Roadmap.Application.Actions;
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
internal sealed class GetSupportTallyHandler(IRoadmapDbContext db, ICurrentUser user, Viewer viewer, SharedReadCache? cache = null)
    : IRequestHandler<GetSupportTally, SupportTallyView>
{
    public async Task<SupportTallyView> Handle(GetSupportTally request, CancellationToken cancellationToken)
    {
        var facts = await db.ActionFactsAsync(cache, request.ActionId, cancellationToken);
        var hidden = await viewer.HidesSupportCountsFromAsync(facts, cancellationToken);
        var read = new SupportTallyCounts(facts.RoadmapId, facts.ActionId, hidden);
        var (byRole, byOrganisation, endorsements) = await cache.ReadAsync(read, () => read.LoadAsync(db, cancellationToken));

        // Asked as the most permissive role, the rules leave only what closes supports for everyone.
        var closedReason = facts.SupportRefusalFor(ParticipantRole.Administrator);
        var options = user.Id is null
            ? null
            : await new ViewerOptions(db, user, viewer).ForAsync(facts, endorsements, cancellationToken);

        return new SupportTallyView(
            facts.ActionId, byRole?.Sum(r => r.Count), closedReason is null, closedReason, facts.VotingRules.MaxSupportsPerParticipant,
            byRole, byOrganisation, endorsements, options, hidden, hidden ? null : facts.MediatedSupportCount);
    }
}
