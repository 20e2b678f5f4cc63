using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.Hands;

namespace Roadmap.Application.Workshops.GetHands;

/// <summary>A workshop's raised-hands queue as everyone sees it (no caller's own hand).</summary>
public sealed record GetHands(Guid WorkshopId) : IRequest<HandsView>;

internal sealed class GetHandsHandler(IRoadmapDbContext db) : IRequestHandler<GetHands, HandsView>
{
    public Task<HandsView> Handle(GetHands request, CancellationToken cancellationToken) =>
        HandsQuery.ComputeAsync(db, request.WorkshopId, null, cancellationToken);
}
