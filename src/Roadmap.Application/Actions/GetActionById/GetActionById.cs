using MediatR;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Actions.GetActionById;

/// <summary>An action by its id alone (the API's address); same content as <see cref="GetActionDetails.GetActionDetails"/>.</summary>
public sealed record GetActionById(Guid ActionId) : IQuery<ActionDetails>;

internal sealed class GetActionByIdHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, ICurrentUser user) : IRequestHandler<GetActionById, ActionDetails>
{
    public Task<ActionDetails> Handle(GetActionById request, CancellationToken cancellationToken) =>
        ActionDetailsQuery.LoadAsync(db, markdown, user, request.ActionId, roadmapSlug: null, cancellationToken);
}
