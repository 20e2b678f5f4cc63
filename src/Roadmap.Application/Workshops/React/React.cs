using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Live;

namespace Roadmap.Application.Workshops.React;

/// <summary>
/// Sends an emoji from the fixed list to the room, anonymously. Reactions are the one thing not
/// stored: they are applause, not content, and a reconnecting client has nothing to catch up on.
/// </summary>
public sealed record React(Guid WorkshopId, string? GuestToken, string Emoji) : IQuery<Unit>, IRoomRequest;

internal sealed class ReactHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<React, Unit>
{
    public async Task<Unit> Handle(React request, CancellationToken cancellationToken)
    {
        if (!Reactions.IsAllowed(request.Emoji))
        {
            throw new DomainRuleException($"Réaction inconnue : choisissez parmi {string.Join(" ", Reactions.Allowed)}.");
        }

        var workshop = await WorkshopAccess.LoadAsync(db, request.WorkshopId, cancellationToken);
        await WorkshopAccess.RequireAttendanceAsync(db, user, request, cancellationToken);
        workshop.EnsureLive();
        await live.ToWorkshopAsync(workshop.Id, LiveEvents.Reaction, new ReactionView(workshop.Id, request.Emoji, clock.GetUtcNow()), cancellationToken);
        return Unit.Value;
    }
}
