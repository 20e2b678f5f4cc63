using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
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

internal sealed class GetFollowUpControlsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetFollowUpControls, FollowUpControls>
{
    public async Task<FollowUpControls> Handle(GetFollowUpControls request, CancellationToken cancellationToken)
    {
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        if (user.Id is null || !action.IsFollowedUp)
        {
            return FollowUpControls.None;
        }

        return new FollowUpControls(await db.CanManageAsync(user, action.RoadmapId, cancellationToken), await db.CanReportOnAsync(user, action, cancellationToken));
    }
}
