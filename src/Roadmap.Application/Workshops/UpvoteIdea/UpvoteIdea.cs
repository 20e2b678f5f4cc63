using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.Live;

namespace Roadmap.Application.Workshops.UpvoteIdea;

/// <summary>
/// Upvotes an idea, or takes the upvote back when the caller had already given it (a toggle, so a
/// mistaken tap can be undone). One upvote per participant and idea; not one's own idea.
/// </summary>
public sealed record UpvoteIdea(Guid WorkshopId, string? GuestToken, Guid IdeaId) : IRequest<IdeaView>, IRoomRequest;

internal sealed class UpvoteIdeaHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<UpvoteIdea, IdeaView>
{
    public async Task<IdeaView> Handle(UpvoteIdea request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadAsync(db, request.WorkshopId, cancellationToken);
        var me = await WorkshopAccess.RequireAttendanceAsync(db, user, request, cancellationToken);
        var idea = await RoomIdeas.LoadAsync(db, workshop.Id, request.IdeaId, cancellationToken);
        var existing = await db.IdeaUpvotes.FirstOrDefaultAsync(u => u.IdeaId == idea.Id && u.VoterKey == me.ParticipantKey, cancellationToken);
        if (existing is null)
        {
            db.IdeaUpvotes.Add(IdeaUpvote.Give(workshop, idea, me, clock.GetUtcNow()));
        }
        else
        {
            workshop.EnsureLive();
            db.IdeaUpvotes.Remove(existing);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("Votre soutien à cette idée est déjà enregistré.");
        }

        await IdeaCounters.RefreshAsync(db, idea.Id, cancellationToken);
        live.IdeaChanged(workshop.Id, idea.Id);
        var view = (await IdeaQuery.ComputeAsync(db, idea.Id, cancellationToken))! with { UpvotedByMe = existing is null, IsMine = false };
        await live.ToParticipantAsync(workshop.Id, me.ParticipantKey, LiveEvents.IdeaUpdated, view.ForParticipants(), cancellationToken);
        return view.ForParticipants();
    }
}
