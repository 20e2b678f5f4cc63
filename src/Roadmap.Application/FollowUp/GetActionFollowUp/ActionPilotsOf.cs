using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.FollowUp.GetActionPilots;

namespace Roadmap.Application.FollowUp.GetActionFollowUp;

/// <summary>An action's pilots as its page names them, the same for every caller (decision 039).</summary>
internal sealed record ActionPilotsOf(Guid ActionId) : ISharedRead<IReadOnlyList<ActionPilotView>>
{
    public Task<IReadOnlyList<ActionPilotView>> LoadAsync(IRoadmapDbContext db, CancellationToken cancellationToken) =>
        PilotNames.OfAsync(db, ActionId, cancellationToken);
}
