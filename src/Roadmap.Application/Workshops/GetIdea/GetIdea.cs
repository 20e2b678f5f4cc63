using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.Ideas;

namespace Roadmap.Application.Workshops.GetIdea;

/// <summary>
/// One idea as facilitators see it, hidden text included (null when it does not exist): the sender
/// gives the room <see cref="IdeaView.ForParticipants"/> and only the facilitators the whole idea.
/// </summary>
public sealed record GetIdea(Guid IdeaId) : IRequest<IdeaView?>;

internal sealed class GetIdeaHandler(IRoadmapDbContext db) : IRequestHandler<GetIdea, IdeaView?>
{
    public Task<IdeaView?> Handle(GetIdea request, CancellationToken cancellationToken) =>
        IdeaQuery.ComputeAsync(db, request.IdeaId, cancellationToken);
}
