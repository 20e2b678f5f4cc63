using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Ideas;

namespace Roadmap.Application.Workshops.HideIdea;

/// <summary>Hides an idea with a reason: participants then see it without text or author; the minutes count it as hidden.</summary>
[RequiresRole]
public sealed record HideIdea(Guid WorkshopId, Guid IdeaId, string Reason) : IRequest<IdeaView>;

internal sealed class HideIdeaHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<HideIdea, IdeaView>
{
    public async Task<IdeaView> Handle(HideIdea request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        workshop.EnsureLive();
        var idea = await RoomIdeas.LoadAsync(db, workshop.Id, request.IdeaId, cancellationToken);
        idea.Hide(request.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        live.IdeaChanged(workshop.Id, idea.Id);
        return IdeaQuery.View(idea, await RoomIdeas.RoadmapSlugAsync(db, workshop, cancellationToken), null, null);
    }
}
