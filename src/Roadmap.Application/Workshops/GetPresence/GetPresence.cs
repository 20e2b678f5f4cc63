using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.Presence;

namespace Roadmap.Application.Workshops.GetPresence;

/// <summary>Who is in a workshop's room now, as counts (names are never broadcast).</summary>
public sealed record GetPresence(Guid WorkshopId) : IRequest<PresenceView>;

internal sealed class GetPresenceHandler(IRoadmapDbContext db) : IRequestHandler<GetPresence, PresenceView>
{
    public Task<PresenceView> Handle(GetPresence request, CancellationToken cancellationToken) =>
        PresenceQuery.ComputeAsync(db, request.WorkshopId, cancellationToken);
}
