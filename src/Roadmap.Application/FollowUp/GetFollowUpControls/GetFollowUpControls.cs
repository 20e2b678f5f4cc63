using MediatR;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.FollowUp.GetFollowUpControls;

/// <summary>
/// The follow-up controls an action page shows to the caller (the use cases check again): a manager
/// names pilots, a pilot or a manager reports. None when signed out or when the action is not followed up.
/// </summary>
public sealed record GetFollowUpControls(Guid ActionId) : IQuery<FollowUpControls>;

public sealed record FollowUpControls(bool CanManagePilots, bool CanReport)
{
    public static FollowUpControls None { get; } = new(false, false);

    public bool Any => CanManagePilots || CanReport;
}

internal sealed class GetFollowUpControlsHandler(IRoadmapDbContext db, ICurrentUser user, SharedReadCache? cache = null)
    : IRequestHandler<GetFollowUpControls, FollowUpControls>
{
    public async Task<FollowUpControls> Handle(GetFollowUpControls request, CancellationToken cancellationToken)
    {
        var action = await db.ActionFactsAsync(cache, request.ActionId, cancellationToken);
        if (user.Id is null || !action.IsFollowedUp)
        {
            return FollowUpControls.None;
        }

        return new FollowUpControls(
            await db.CanManageAsync(user, action.RoadmapId, cancellationToken),
            await db.CanReportOnAsync(user, action.ActionId, action.RoadmapId, cancellationToken));
    }
}
