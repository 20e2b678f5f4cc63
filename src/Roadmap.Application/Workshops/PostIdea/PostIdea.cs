using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.Live;

namespace Roadmap.Application.Workshops.PostIdea;

/// <summary>Posts an idea on the wall, optionally under an axis of the roadmap; everyone receives <c>IdeaPosted</c>.</summary>
public sealed record PostIdea(Guid WorkshopId, string? GuestToken, string Text, Guid? AxisId) : IRequest<IdeaView>, IRoomRequest;

internal sealed class PostIdeaHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<PostIdea, IdeaView>
{
    public async Task<IdeaView> Handle(PostIdea request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadAsync(db, request.WorkshopId, cancellationToken);
        var me = await WorkshopAccess.RequireAttendanceAsync(db, user, request, cancellationToken);
        var idea = Idea.Post(workshop, me, request.Text, request.AxisId, await RoomIdeas.AxisIdsAsync(db, workshop, cancellationToken), clock.GetUtcNow());
        db.Ideas.Add(idea);
        await db.SaveChangesAsync(cancellationToken);

        var view = IdeaQuery.View(idea, await RoomIdeas.RoadmapSlugAsync(db, workshop, cancellationToken), null, null);
        await live.ToWorkshopAsync(workshop.Id, LiveEvents.IdeaPosted, view, cancellationToken);
        return view with { UpvotedByMe = false, IsMine = true };
    }
}
