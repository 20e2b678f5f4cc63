using MediatR;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Actions.GetActionById;

/// <summary>An action by its id alone (the API's address); same content as <see cref="GetActionDetails.GetActionDetails"/>.</summary>
public sealed record GetActionById(Guid ActionId) : IQuery<ActionDetails>;

internal sealed class GetActionByIdHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, Viewer viewer, SharedReadCache? cache = null)
    : IRequestHandler<GetActionById, ActionDetails>
{
    public async Task<ActionDetails> Handle(GetActionById request, CancellationToken cancellationToken)
    {
        var read = new ActionDetailsForAudience(request.ActionId, RoadmapSlug: null, await viewer.AudienceOfActionAsync(request.ActionId, cancellationToken));
        return await cache.ReadAsync(read, () => read.LoadAsync(db, markdown, cancellationToken));
    }
}
