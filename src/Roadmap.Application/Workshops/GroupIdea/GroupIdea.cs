using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Ideas;

namespace Roadmap.Application.Workshops.GroupIdea;

/// <summary>Files an idea under an axis of the roadmap on the ideas wall.</summary>
[RequiresRole]
public sealed record GroupIdea(Guid WorkshopId, Guid IdeaId, Guid AxisId) : IRequest<IdeaView>;

internal sealed class GroupIdeaHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live) : IRequestHandler<GroupIdea, IdeaView>
{
    public async Task<IdeaView> Handle(GroupIdea request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        workshop.EnsureLive();
        var idea = await RoomIdeas.LoadAsync(db, workshop.Id, request.IdeaId, cancellationToken);
        idea.GroupUnder(request.AxisId, await RoomIdeas.AxisIdsAsync(db, workshop, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);

        live.IdeaChanged(workshop.Id, idea.Id);
        return IdeaQuery.View(idea, await RoomIdeas.RoadmapSlugAsync(db, workshop, cancellationToken), null, null);
    }
}
