using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Following;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Ideas;

namespace Roadmap.Application.Workshops.PromoteIdea;

/// <summary>
/// Turns an idea into a proposed action of the roadmap under the chosen axis, credited to its
/// author (a guest's idea is credited to the facilitator, the description naming the guest).
/// Allowed in the Concertation and Ateliers phases (see <c>RoadmapAction.PromoteFromWorkshop</c>).
/// </summary>
[RequiresRole]
public sealed record PromoteIdea(Guid WorkshopId, Guid IdeaId, Guid AxisId) : IRequest<IdeaView>;

internal sealed class PromoteIdeaHandler(IRoadmapDbContext db, ICurrentUser user, Notifier notifier, ILiveNotifier live, TimeProvider clock)
    : IRequestHandler<PromoteIdea, IdeaView>
{
    public async Task<IdeaView> Handle(PromoteIdea request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        workshop.EnsureLive();
        var idea = await RoomIdeas.LoadAsync(db, workshop.Id, request.IdeaId, cancellationToken);
        idea.EnsurePromotable();
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstAsync(r => r.Id == workshop.RoadmapId, cancellationToken);
        var facilitatorId = user.RequireId();
        var now = clock.GetUtcNow();

        var action = RoadmapAction.PromoteFromWorkshop(roadmap, PromotedDraft.From(idea, request.AxisId, workshop), idea.AuthorUserId ?? facilitatorId,
            idea.Id, workshop.Title, facilitatorId, now);
        db.Actions.Add(action);
        idea.MarkPromoted(action.Id, now);
        idea.GroupUnder(request.AxisId, roadmap.Axes.Select(a => a.Id).ToHashSet());
        if (idea.AuthorUserId is { } authorId)
        {
            await notifier.EnsureFollowingAsync(authorId, FollowTarget.Action, action.Id, cancellationToken);
        }

        await notifier.NotifyAsync(action.Id, roadmap.Id, NotificationKind.NewAction,
            $"Une idée de l'atelier « {workshop.Title} » devient une action : « {action.Title} »", SiteLinks.Action(roadmap.Slug, action.Id),
            facilitatorId, [idea.AuthorUserId], cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The idea's id is the action's submission key: another facilitator promoted it at the same instant.
            throw new ConflictException("Cette idée est déjà devenue une action.");
        }

        live.IdeaChanged(workshop.Id, idea.Id);
        return IdeaQuery.View(idea, roadmap.Slug, null, null);
    }
}
