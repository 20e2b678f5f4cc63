using MediatR;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Actions.GetActionDetails;

/// <summary>
/// An action page. <see cref="RoadmapSlug"/> must match, so an id cannot be shown under another roadmap.
/// An action hidden by moderation is served to moderators only (<see cref="ActionVisibility"/>).
/// </summary>
public sealed record GetActionDetails(string RoadmapSlug, Guid ActionId) : IQuery<ActionDetails>;

/// <summary>The caller counts only as an <see cref="Audience"/>: the page is kept once for each (decision 039).</summary>
internal sealed class GetActionDetailsHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, Viewer viewer, SharedReadCache? cache = null)
    : IRequestHandler<GetActionDetails, ActionDetails>
{
    public async Task<ActionDetails> Handle(GetActionDetails request, CancellationToken cancellationToken)
    {
        var read = new ActionDetailsForAudience(request.ActionId, request.RoadmapSlug, await viewer.AudienceOfActionAsync(request.ActionId, cancellationToken));
        return await cache.ReadAsync(read, () => read.LoadAsync(db, markdown, cancellationToken));
    }
}
